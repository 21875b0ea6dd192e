package no.levehelelivet.serialization.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.levehelelivet.serialization.Limits;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * Reads a well-formed document straight from a Jackson token stream, for a {@link StreamBinder}:
 * the fast path of a read, which builds no tree and no pointer. It accepts only what the tree path
 * ({@link TreeReader} and {@link Fields}) would accept without a single problem, and throws {@link
 * Fallback} at anything else, so that the engine reads the document again as a tree and reports
 * every problem with its code, pointer and position exactly as it always has. The same {@link
 * Limits} hold: nesting depth, members or items per container, and the lengths of names, strings
 * and numbers. Not thread-safe; one instance per read.
 */
public final class TokenReader {

  /**
   * What a stream binder throws where the document is not one it can bind without problems. It
   * carries nothing and is shared: it only turns the read over to the tree path.
   */
  public static final class Fallback extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("StaticAssignmentOfThrowable") // no stack, no cause, no message of its own
    private static final Fallback INSTANCE = new Fallback();

    private Fallback() {
      super("the document is read again as a tree", null, false, false);
    }
  }

  /**
   * The member names of one kind of object, matched by the parser on its bytes as Jackson's own
   * binding matches them, so that a known name costs neither a string nor a lookup. Immutable.
   */
  public static final class Names {
    private final PropertyNameMatcher matcher;
    private final int[] lengths;

    private Names(List<String> names) {
      if (names.size() > Integer.SIZE) {
        throw new IllegalArgumentException("at most 32 names: " + names);
      }
      this.matcher = BinaryNameMatcher.construct(names, /* padLastQuad= */ false);
      this.lengths = names.stream().mapToInt(String::length).toArray();
    }
  }

  /** The member names of one kind of object; a member's index is its place in {@code names}. */
  public static Names names(String... names) {
    return new Names(List.of(names));
  }

  private final JsonParser parser;
  private final Limits limits;

  /** The members or items read so far of each container open, by depth (the root is 1). */
  private int[] counts = new int[8];

  /** The known members read so far of each object open, by depth, one bit per index. */
  private int[] seen = new int[8];

  private int depth;

  /** Whether an array's item has been advanced to already, by {@link #nextItem()}. */
  private boolean pending;

  /** A reader of the document {@code parser} is at the start of, within {@code limits}. */
  public TokenReader(JsonParser parser, Limits limits) {
    this.parser = parser;
    this.limits = limits;
  }

  /** The exception to throw where the stream cannot bind the document without problems. */
  public static Fallback fallback() {
    return Fallback.INSTANCE;
  }

  private JsonToken advance() {
    if (pending) {
      pending = false;
      return parser.currentToken();
    }
    JsonToken token = parser.nextToken();
    if (token == null) {
      throw fallback();
    }
    return token;
  }

  private void enter() {
    depth++;
    if (depth > limits.maxNestingDepth()) {
      throw fallback();
    }
    if (depth == counts.length) {
      counts = Arrays.copyOf(counts, 2 * depth);
      seen = Arrays.copyOf(seen, 2 * depth);
    }
    counts[depth] = 0;
    seen[depth] = 0;
  }

  private void count() {
    counts[depth]++;
    if (counts[depth] > limits.maxElements()) {
      throw fallback();
    }
  }

  /** Enters the object that must come next. */
  public void startObject() {
    if (advance() != JsonToken.START_OBJECT) {
      throw fallback();
    }
    enter();
  }

  /** The name of the next member of the object entered last, or null at its end. */
  public @Nullable String nextName() {
    JsonToken token = parser.nextToken();
    if (token == JsonToken.END_OBJECT) {
      depth--;
      return null;
    }
    if (token != JsonToken.PROPERTY_NAME) {
      throw fallback();
    }
    String name = parser.currentName();
    if (name.length() > limits.maxNameLength()) {
      throw fallback();
    }
    count();
    return name;
  }

  /**
   * The index in {@code names} of the next member of the object entered last, or -1 at its end; a
   * member of another name, or one read before, is for the tree path to report.
   */
  public int nextMember(Names names) {
    int index = parser.nextNameMatch(names.matcher);
    if (index < 0) {
      if (index == PropertyNameMatcher.MATCH_END_OBJECT) {
        depth--;
        return -1;
      }
      throw fallback();
    }
    int bit = 1 << index;
    if ((seen[depth] & bit) != 0 || names.lengths[index] > limits.maxNameLength()) {
      throw fallback();
    }
    seen[depth] |= bit;
    count();
    return index;
  }

  /** Enters the array that must come next. */
  public void startArray() {
    if (advance() != JsonToken.START_ARRAY) {
      throw fallback();
    }
    enter();
  }

  /** Whether the array entered last has another item, which the next read then takes. */
  public boolean nextItem() {
    JsonToken token = parser.nextToken();
    if (token == JsonToken.END_ARRAY) {
      depth--;
      return false;
    }
    if (token == null) {
      throw fallback();
    }
    count();
    pending = true;
    return true;
  }

  /** A string that may be empty or blank. */
  public String emptyable() {
    String text;
    if (pending) {
      pending = false;
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        throw fallback();
      }
      text = parser.getString();
    } else {
      text = parser.nextStringValue();
      if (text == null) {
        throw fallback();
      }
    }
    if (text.length() > limits.maxStringLength()) {
      throw fallback();
    }
    return text;
  }

  /** A string that is not blank. */
  public String string() {
    String text = emptyable();
    if (text.isBlank()) {
      throw fallback();
    }
    return text;
  }

  /** A whole number from {@code min} to {@code max}, as {@link Fields#integer} reads one. */
  public long integer(long min, long max) {
    if (advance() != JsonToken.VALUE_NUMBER_INT
        || parser.getStringLength() > limits.maxNumberLength()
        || parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw fallback();
    }
    long value = parser.getLongValue();
    if (value < min || value > max) {
      throw fallback();
    }
    return value;
  }

  /** A non-blank string parsed by {@code parser}, which throws where the text is not valid. */
  public <T> T parsed(Fields.Parser<T> parser) {
    String text = string();
    T value;
    try {
      value = parser.parse(text);
    } catch (RuntimeException e) {
      throw fallback();
    }
    if (value == null) {
      throw fallback();
    }
    return value;
  }

  /**
   * An array of non-blank strings, each parsed by {@code parser}; immutable, so that a value's
   * builder keeps it without a copy.
   */
  public <T> ImmutableList<T> list(Fields.Parser<T> parser) {
    startArray();
    if (!nextItem()) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<T> values = ImmutableList.builder();
    do {
      values.add(parsed(parser));
    } while (nextItem());
    return values.build();
  }

  /**
   * An object whose members are all strings, which may be empty, sorted by name; immutable, so that
   * a value's builder keeps it without a copy.
   */
  public ImmutableSortedMap<String, String> sortedStringMap() {
    startObject();
    String name = nextName();
    if (name == null) {
      return ImmutableSortedMap.of();
    }
    ImmutableSortedMap.Builder<String, String> values = ImmutableSortedMap.naturalOrder();
    do {
      values.put(name, emptyable());
      name = nextName();
    } while (name != null);
    try {
      return values.buildOrThrow();
    } catch (IllegalArgumentException e) {
      // a duplicate key
      throw fallback();
    }
  }

  /** An object whose members are all strings, which may be empty, in document order. */
  public Map<String, String> stringMap() {
    startObject();
    Map<String, String> values = new LinkedHashMap<>();
    for (String name = nextName(); name != null; name = nextName()) {
      if (values.put(name, emptyable()) != null) {
        throw fallback();
      }
    }
    return values;
  }

  /** Checks that nothing follows the document. */
  public void end() {
    if (depth != 0 || parser.nextToken() != null) {
      throw fallback();
    }
  }
}
