package no.levehelelivet.serialization.internal;

/**
 * Binds the whole of a document of one type straight from its tokens, envelope included, for the
 * common case of a document that reads without a problem; see {@link TokenReader}. It must accept
 * exactly what the type's {@link DocumentBinder} on the tree accepts without a problem, and give an
 * equal value: wherever it is unsure, it throws {@link TokenReader.Fallback} and the tree path
 * decides. Immutable and thread-safe.
 *
 * @param <T> the value type
 */
public interface StreamBinder<T> {

  /**
   * Binds the document {@code in} is at the start of, up to its end.
   *
   * @throws TokenReader.Fallback if the document is not one it binds without a problem
   */
  T read(TokenReader in);
}
