package no.levehelelivet.serialization.internal;

import org.jspecify.annotations.Nullable;

/**
 * Writes and binds the body of one document type in the current wire major: the members after the
 * envelope's {@code schemaVersion} and {@code documentType}.
 *
 * @param <T> the value type
 */
public interface DocumentBinder<T> {

  /** Writes the value's members, in the type's documented order. */
  void write(JsonOut out, T value);

  /**
   * The lowest minor version of the current major that can hold {@code value}: the one its document
   * declares, so that readers of older minors keep reading what they can.
   */
  default int minor(T value) {
    return 0;
  }

  /** Binds the document's members, or returns null after recording every problem. */
  @Nullable T read(Fields fields);

  /**
   * The binder that reads this type's documents straight from their tokens when they have no
   * problem, or null if they are always read as a tree.
   */
  default @Nullable StreamBinder<T> streaming() {
    return null;
  }
}
