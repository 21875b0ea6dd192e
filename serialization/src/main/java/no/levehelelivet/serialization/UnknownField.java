package no.levehelelivet.serialization;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A property or code that a {@link ReadMode#TOLERANT} reader met in a document of a newer minor
 * version and did not understand: where it was (a JSON Pointer) and its value as compact JSON.
 *
 * <p>It is kept so that a system can show or store it; the codec never writes it back as if it were
 * understood. Immutable and thread-safe.
 */
public final class UnknownField {

  private final String pointer;
  private final String json;

  private UnknownField(String pointer, String json) {
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.json = Objects.requireNonNull(json, "json");
  }

  /**
   * Returns the unknown field at {@code pointer} whose value is the JSON text {@code json}; only
   * the codec builds them.
   */
  static UnknownField of(String pointer, String json) {
    return new UnknownField(pointer, json);
  }

  /** {@return a JSON Pointer to the property, or to the array item holding the unknown code} */
  public String pointer() {
    return pointer;
  }

  /** {@return the value as compact JSON, for example {@code "\"hologram\""} or {@code {"a":1}}} */
  public String json() {
    return json;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof UnknownField unknownField
        && pointer.equals(unknownField.pointer)
        && json.equals(unknownField.json);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer, json);
  }

  @Override
  public String toString() {
    return pointer + " = " + json;
  }
}
