package no.levehelelivet.serialization.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.levehelelivet.core.internal.Echo;
import no.levehelelivet.serialization.Problem;
import no.levehelelivet.serialization.ReadMode;
import no.levehelelivet.serialization.ReadResult;
import no.levehelelivet.serialization.UnknownField;
import no.levehelelivet.serialization.WireCode;
import org.jspecify.annotations.Nullable;

/**
 * Collects the problems of one read: errors, warnings and the fields a tolerant reader keeps
 * without understanding. One instance per read; not thread-safe.
 */
public final class Problems {

  private static volatile @Nullable ResultFactory factory;

  private final ReadMode mode;
  private final List<Problem> errors = new ArrayList<>();
  private final List<Problem> warnings = new ArrayList<>();
  private final List<UnknownField> unknownFields = new ArrayList<>();
  private boolean newerMinor;

  /** Starts collecting for a read in {@code mode}. */
  public Problems(ReadMode mode) {
    this.mode = mode;
  }

  /**
   * Installs the factory of the public read values; called once, by the public package.
   *
   * @throws IllegalStateException if a factory is installed already
   */
  public static synchronized void install(ResultFactory resultFactory) {
    if (factory != null) {
      throw new IllegalStateException("the result factory is installed already");
    }
    factory = resultFactory;
  }

  private static ResultFactory factory() {
    ResultFactory installed = factory;
    if (installed == null) {
      try {
        // Initializing ReadResult installs the factory.
        Class.forName(ReadResult.class.getName(), true, ReadResult.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("the codec's classes are incomplete", e);
      }
      installed = factory;
      if (installed == null) {
        throw new IllegalStateException("the result factory was not installed");
      }
    }
    return installed;
  }

  /** Records an error at {@code pointer}, with the position of {@code at} where known. */
  public void error(WireCode code, String pointer, String message, @Nullable Node at) {
    errors.add(problem(code, pointer, message, at));
  }

  /** Records an error at a known line and column (0 where unknown). */
  public void error(WireCode code, String pointer, String message, int line, int column) {
    errors.add(factory().problem(code, pointer, message, line, column));
  }

  /** Records a warning. */
  public void warning(WireCode code, String pointer, String message, @Nullable Node at) {
    warnings.add(problem(code, pointer, message, at));
  }

  /**
   * Marks the document as being of a newer minor version than the reader knows; in tolerant mode
   * that makes unknown properties and codes warnings.
   */
  public void documentIsNewerMinor() {
    this.newerMinor = true;
  }

  /** Whether unknown properties and codes are warnings rather than errors. */
  public boolean tolerant() {
    return newerMinor && mode == ReadMode.TOLERANT;
  }

  /** The mode of this read. */
  public ReadMode mode() {
    return mode;
  }

  /**
   * Records a property the version does not define: an error, or in tolerant mode a warning and a
   * kept field.
   */
  public void unknownProperty(String pointer, String name, Node value) {
    String message = "unknown property \"" + Echo.cut(name) + "\"; remove it or check its spelling";
    if (tolerant()) {
      warning(WireCode.UNKNOWN_PROPERTY, pointer, message, value);
      unknownFields.add(factory().unknownField(pointer, compact(value)));
    } else {
      error(WireCode.UNKNOWN_PROPERTY, pointer, message, value);
    }
  }

  /**
   * Records an unknown code of an optional value or set item: an error, or in tolerant mode a
   * warning and a kept field. Returns whether it was only a warning.
   */
  public boolean unknownCode(String pointer, String message, Node value) {
    if (tolerant()) {
      warning(WireCode.UNKNOWN_CODE, pointer, message, value);
      unknownFields.add(factory().unknownField(pointer, compact(value)));
      return true;
    }
    error(WireCode.UNKNOWN_CODE, pointer, message, value);
    return false;
  }

  /** How many errors so far; binding compares counts to see whether a subtree failed. */
  public int errorCount() {
    return errors.size();
  }

  /** The result: the value if there were no errors, else the errors. */
  public <T> ReadResult<T> result(@Nullable T value) {
    if (errors.isEmpty() && value == null) {
      throw new IllegalStateException("no value and no problem: a binder failed silently");
    }
    return factory().result(value, errors, warnings, unknownFields);
  }

  private static Problem problem(WireCode code, String pointer, String message, @Nullable Node at) {
    return at != null
        ? factory().problem(code, pointer, message, at.line(), at.column())
        : factory().problem(code, pointer, message, 0, 0);
  }

  /** The node as compact JSON. */
  static String compact(Node node) {
    StringBuilder out = new StringBuilder();
    appendCompact(node, out);
    return out.toString();
  }

  private static void appendCompact(Node node, StringBuilder out) {
    switch (node.kind()) {
      case OBJECT -> {
        out.append('{');
        String separator = "";
        for (Map.Entry<String, Node> member : ((Node.Obj) node).members().entrySet()) {
          out.append(separator);
          appendString(member.getKey(), out);
          out.append(':');
          appendCompact(member.getValue(), out);
          separator = ",";
        }
        out.append('}');
      }
      case ARRAY -> {
        out.append('[');
        String comma = "";
        for (Node item : ((Node.Arr) node).items()) {
          out.append(comma);
          appendCompact(item, out);
          comma = ",";
        }
        out.append(']');
      }
      case STRING -> appendString(((Node.Scalar) node).text(), out);
      default -> out.append(((Node.Scalar) node).text());
    }
  }

  private static void appendString(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }
}
