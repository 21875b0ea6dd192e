package no.levehelelivet.serialization.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.levehelelivet.serialization.Limits;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

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

    private static final Fallback INSTANCE = new Fallback();

    private Fallback() {
      super("the document is read again as a tree", null, false, false);
    }
  }

  private final JsonParser parser;
  private final Limits limits;

  /** The members or items read so far of each container open, by depth (the root is 1). */
  private int[] counts = new int[8];

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

  /**
   * Marks member {@code bit} of an object as read, in the set {@code seen}, and returns the new
   * set; a member read twice is a duplicate key, which the tree path reports.
   */
  public static int once(int seen, int bit) {
    if ((seen & bit) != 0) {
      throw fallback();
    }
    return seen | bit;
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
    }
    counts[depth] = 0;
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
    if (advance() != JsonToken.VALUE_STRING) {
      throw fallback();
    }
    String text = parser.getString();
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
    JsonToken token = advance();
    if (token != JsonToken.VALUE_NUMBER_INT) {
      throw fallback();
    }
    String text = parser.getString();
    if (text.length() > limits.maxNumberLength()) {
      throw fallback();
    }
    long value;
    try {
      value = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw fallback();
    }
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

  /** A code, looked up by {@code lookup}, which throws for an unknown code. */
  public <E> E code(Function<String, E> lookup) {
    return parsed(lookup::apply);
  }

  /** An array of non-blank strings, each parsed by {@code parser}. */
  public <T> List<T> list(Fields.Parser<T> parser) {
    startArray();
    List<T> values = new ArrayList<>();
    while (nextItem()) {
      values.add(parsed(parser));
    }
    return values;
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
