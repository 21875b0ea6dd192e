package no.levehelelivet.process.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/**
 * Builds an {@link ImmutableSortedMap} from keys already in natural order, without sorting: a
 * read-only sorted view over two arrays that {@link ImmutableSortedMap#copyOfSorted} copies as it
 * is. Used where the keys are constants known to be sorted (the start entry's attributes), so that
 * starting a process does not sort six strings every time.
 *
 * <p>The view answers only what a copy needs (its comparator, size and entries in order); the other
 * methods of {@link SortedMap} throw, as the view never leaves this class.
 */
@SuppressWarnings("JdkObsolete") // ImmutableSortedMap.copyOfSorted takes a SortedMap
public final class PresortedMap extends AbstractMap<String, String>
    implements SortedMap<String, String> {

  private final ImmutableList<String> keys;
  private final String[] values;

  private PresortedMap(ImmutableList<String> keys, String[] values) {
    this.keys = keys;
    this.values = values;
  }

  /**
   * An immutable sorted map of {@code keys}, which must be strictly in natural order, to {@code
   * values} in the same order.
   *
   * @throws IllegalArgumentException if there are not as many values as keys
   * @throws NullPointerException if a value is null
   */
  public static ImmutableSortedMap<String, String> of(
      ImmutableList<String> keys, String... values) {
    if (keys.size() != values.length) {
      throw new IllegalArgumentException(
          keys.size() + " keys need as many values, were " + values.length);
    }
    return ImmutableSortedMap.copyOfSorted(new PresortedMap(keys, values));
  }

  @Override
  public @Nullable Comparator<? super String> comparator() {
    return null;
  }

  @Override
  public int size() {
    return keys.size();
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.size();
          }

          @Override
          public Map.Entry<String, String> next() {
            if (next >= keys.size()) {
              throw new java.util.NoSuchElementException();
            }
            int at = next++;
            return new SimpleImmutableEntry<>(keys.get(at), values[at]);
          }
        };
      }

      @Override
      public int size() {
        return keys.size();
      }
    };
  }

  @Override
  public SortedMap<String, String> subMap(String fromKey, String toKey) {
    throw new UnsupportedOperationException("a presorted map is only copied");
  }

  @Override
  public SortedMap<String, String> headMap(String toKey) {
    throw new UnsupportedOperationException("a presorted map is only copied");
  }

  @Override
  public SortedMap<String, String> tailMap(String fromKey) {
    throw new UnsupportedOperationException("a presorted map is only copied");
  }

  @Override
  public String firstKey() {
    return keys.get(0);
  }

  @Override
  public String lastKey() {
    return keys.get(keys.size() - 1);
  }
}
