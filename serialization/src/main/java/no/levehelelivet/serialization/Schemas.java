package no.levehelelivet.serialization;

import com.google.common.collect.ImmutableList;
import com.google.common.io.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import no.levehelelivet.core.ArgumentCode;
import no.levehelelivet.core.InvalidValueException;
import no.levehelelivet.serialization.internal.Envelope;

/**
 * The JSON Schemas (draft 2020-12) of the wire format (<i>skjemaer</i>), one per document type and
 * major version, shipped in this jar under {@code no/levehelelivet/serialization/schema/v2/} (and
 * {@code v1/} for the superseded major). They are the reviewed source of truth for integrators who
 * are not on the JVM; tests hold every golden and frozen document to them.
 *
 * <pre>{@code
 * System.out.println(Schemas.load(DocumentType.ACTIVITY_PLAN, 2));
 * }</pre>
 *
 * <p>A schema describes its major's newest minor exactly: a document of a newer minor, which may
 * add optional members, fails it, as it fails a {@link ReadMode#STRICT} reader.
 */
public final class Schemas {

  private static final String ROOT = "no/levehelelivet/serialization/schema/";

  private static final int CURRENT_MAJOR = Envelope.CURRENT_MAJOR;

  private Schemas() {}

  /**
   * {@return the resource name of the schema of {@code type} in major {@code major}, such as {@code
   * "no/levehelelivet/serialization/schema/v2/activity-plan.schema.json"}, if that major has the
   * type}
   *
   * @param type the document type
   * @param major the major version of the wire format
   */
  public static Optional<String> resourceName(DocumentType type, int major) {
    if (major < type.sinceMajor() || major > CURRENT_MAJOR) {
      return Optional.empty();
    }
    return Optional.of(ROOT + "v" + major + "/" + type.code() + ".schema.json");
  }

  /**
   * {@return the resource names of every shipped schema, by major version, then by document type}
   */
  public static ImmutableList<String> resourceNames() {
    ImmutableList.Builder<String> names = ImmutableList.builder();
    for (int major = 1; major <= CURRENT_MAJOR; major++) {
      for (DocumentType type : DocumentType.values()) {
        resourceName(type, major).ifPresent(names::add);
      }
    }
    return names.build();
  }

  /**
   * {@return the schema of {@code type} in the current major version, as text}
   *
   * @param type the document type
   */
  public static String load(DocumentType type) {
    return load(type, CURRENT_MAJOR);
  }

  /**
   * {@return the schema of {@code type} in major {@code major}, as text}
   *
   * @param type the document type
   * @param major the major version of the wire format; one that has the type
   * @throws InvalidValueException ({@link ArgumentCode#INVALID_VALUE}, field {@code major}) if that
   *     major does not have the type
   * @throws IllegalStateException if the jar lacks the schema (a packaging error)
   */
  public static String load(DocumentType type, int major) {
    String name =
        resourceName(type, major)
            .orElseThrow(
                () ->
                    InvalidValueException.of(
                        ArgumentCode.INVALID_VALUE,
                        "major",
                        "a major from "
                            + type.sinceMajor()
                            + " to "
                            + CURRENT_MAJOR
                            + " for the "
                            + type.code()
                            + " document",
                        major));
    URL url = Schemas.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new IllegalStateException("the jar lacks the schema " + name);
    }
    try {
      return Resources.toString(url, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the schema " + name, e);
    }
  }
}
