package no.levehelelivet.serialization.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.levehelelivet.core.internal.Echo;
import no.levehelelivet.serialization.DocumentType;
import no.levehelelivet.serialization.WireCode;
import org.jspecify.annotations.Nullable;

/**
 * The envelope every document starts with: {@code schemaVersion} ("MAJOR.MINOR") and {@code
 * documentType}. Reading it decides how the rest is read: which migrations run and whether unknown
 * members may be tolerated.
 */
public final class Envelope {

  /** The member that holds the version. */
  public static final String SCHEMA_VERSION = "schemaVersion";

  /** The member that holds the document type. */
  public static final String DOCUMENT_TYPE = "documentType";

  /** The current major version, the one {@code wire.v2} binds. */
  public static final int CURRENT_MAJOR = 2;

  /** The newest minor of each major, indexed by major (index 0 unused). */
  private static final int[] LATEST_MINOR = {-1, 0, 3};

  private static final Pattern VERSION =
      Pattern.compile("(0|[1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})");

  private Envelope() {}

  /**
   * The version of the current major with the given minor, such as {@code "2.0"}: what a document
   * declares, the lowest minor that holds its value.
   */
  public static String version(int minor) {
    return CURRENT_MAJOR + "." + minor;
  }

  /** The newest version the codec reads and writes, such as {@code "2.3"}. */
  public static String currentVersion() {
    return CURRENT_MAJOR + "." + LATEST_MINOR[CURRENT_MAJOR];
  }

  /**
   * Whether {@code text} is a version of the current major that this reader knows, such as {@code
   * "2.1"}: one {@link #read} accepts as it is, with no migration and no warning.
   */
  public static boolean isKnownCurrent(String text) {
    for (int minor = 0; minor <= LATEST_MINOR[CURRENT_MAJOR]; minor++) {
      if (text.equals(version(minor))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads the envelope of {@code root}, checking it declares {@code expected}, and returns the
   * document's major version, or -1 after recording why the document cannot be read.
   */
  static int read(Node.Obj root, DocumentType expected, Problems problems) {
    int errors = problems.errorCount();
    Node version = root.members().get(SCHEMA_VERSION);
    Node type = root.members().get(DOCUMENT_TYPE);
    String typeCode = type == null ? null : Scalars.text(problems, type, "/" + DOCUMENT_TYPE);
    if (type == null) {
      problems.error(
          WireCode.WRONG_DOCUMENT_TYPE,
          "/" + DOCUMENT_TYPE,
          "documentType is missing; this reader expects \"" + expected.code() + "\"",
          root);
    } else if (typeCode != null && !typeCode.equals(expected.code())) {
      problems.error(
          WireCode.WRONG_DOCUMENT_TYPE,
          "/" + DOCUMENT_TYPE,
          "the document is a \""
              + Echo.cut(typeCode)
              + "\", not the \""
              + expected.code()
              + "\" asked for",
          type);
    }
    int major = version(version, root, expected, problems);
    return problems.errorCount() > errors ? -1 : major;
  }

  private static int version(
      @Nullable Node version, Node.Obj root, DocumentType expected, Problems problems) {
    String pointer = "/" + SCHEMA_VERSION;
    if (version == null) {
      problems.error(
          WireCode.UNSUPPORTED_VERSION,
          pointer,
          "schemaVersion is missing; write \"" + currentVersion() + "\"",
          root);
      return -1;
    }
    String text = Scalars.text(problems, version, pointer);
    if (text == null) {
      return -1;
    }
    Matcher matcher = VERSION.matcher(text);
    if (!matcher.matches()) {
      problems.error(
          WireCode.UNSUPPORTED_VERSION,
          pointer,
          "schemaVersion must be \"MAJOR.MINOR\", such as \""
              + currentVersion()
              + "\", was \""
              + Echo.cut(text)
              + "\"",
          version);
      return -1;
    }
    int major = Integer.parseInt(matcher.group(1));
    int minor = Integer.parseInt(matcher.group(2));
    if (major < expected.sinceMajor() || major > CURRENT_MAJOR) {
      problems.error(
          WireCode.UNSUPPORTED_VERSION,
          pointer,
          "this reader reads \""
              + expected.code()
              + "\" in major versions "
              + expected.sinceMajor()
              + " to "
              + CURRENT_MAJOR
              + ", not "
              + text,
          version);
      return -1;
    }
    if (minor > LATEST_MINOR[major]) {
      String message =
          "schemaVersion "
              + text
              + " is newer than this reader's "
              + major
              + "."
              + LATEST_MINOR[major];
      if (problems.mode() == no.levehelelivet.serialization.ReadMode.STRICT) {
        problems.error(
            WireCode.NEWER_MINOR_VERSION,
            pointer,
            message + "; upgrade the reader, or read your own history in TOLERANT mode",
            version);
        return -1;
      }
      problems.warning(
          WireCode.NEWER_MINOR_VERSION,
          pointer,
          message + "; what this reader does not know is kept in unknownFields()",
          version);
      problems.documentIsNewerMinor();
    }
    return major;
  }
}
