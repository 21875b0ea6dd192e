package no.levehelelivet.core;

/**
 * Something with a stable code: a lower-kebab-case ASCII identifier such as {@code
 * "food-and-meals"} that systems store and exchange. A released code is never renamed or reused.
 */
public interface Coded {

  /** The stable code, for example {@code "food-and-meals"}. */
  String code();
}
