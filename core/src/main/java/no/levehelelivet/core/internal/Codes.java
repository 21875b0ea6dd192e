package no.levehelelivet.core.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.Optional;
import no.levehelelivet.core.Coded;
import no.levehelelivet.core.ErrorCode;
import no.levehelelivet.core.UnknownCodeException;

/** Lookups of coded enums by code, and the rule every code follows. */
public final class Codes {

  private Codes() {}

  /**
   * Returns the item of {@code index} whose code is {@code code}.
   *
   * @throws UnknownCodeException naming the code and the valid ones if there is none
   */
  public static <T> T lookup(ImmutableMap<String, T> index, String typeName, String code) {
    T found = index.get(code);
    if (found == null) {
      throw new UnknownCodeException(typeName, code, index.keySet());
    }
    return found;
  }

  /** Returns the item of {@code index} whose code is {@code code}, if there is one. */
  public static <T> Optional<T> find(ImmutableMap<String, T> index, String code) {
    return Optional.ofNullable(index.get(code));
  }

  /**
   * Indexes coded items by code, in the given order.
   *
   * @throws IllegalArgumentException if two items share a code
   */
  public static <T extends Coded> ImmutableMap<String, T> index(T[] items) {
    return index(Arrays.asList(items));
  }

  /**
   * Indexes coded items by code, in the given order.
   *
   * @throws IllegalArgumentException if two items share a code
   */
  public static <T extends Coded> ImmutableMap<String, T> index(Iterable<T> items) {
    ImmutableMap.Builder<String, T> builder = ImmutableMap.builder();
    for (T item : items) {
      builder.put(item.code(), item);
    }
    return builder.buildOrThrow();
  }

  /**
   * Indexes error codes by code, in the given order.
   *
   * @throws IllegalArgumentException if two share a code or one is not well formed
   */
  public static <T extends ErrorCode> ImmutableMap<String, T> indexErrorCodes(T[] codes) {
    ImmutableMap.Builder<String, T> builder = ImmutableMap.builder();
    for (T code : codes) {
      if (!ErrorCode.isWellFormed(code.code())) {
        throw new IllegalArgumentException("not an error code: " + code.code());
      }
      builder.put(code.code(), code);
    }
    return builder.buildOrThrow();
  }

  /** The codes of the given constants, in order. */
  public static ImmutableList<String> codesOf(Coded... items) {
    return Arrays.stream(items).map(Coded::code).collect(ImmutableList.toImmutableList());
  }
}
