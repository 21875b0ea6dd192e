package no.levehelelivet.serialization.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import no.levehelelivet.core.Coded;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.internal.Echo;
import no.levehelelivet.serialization.WireCode;
import org.jspecify.annotations.Nullable;

/**
 * Reads the members of one JSON object as scalars, codes, lists and nested objects, recording every
 * problem in the shared {@link Problems} instead of stopping at the first; which members were asked
 * for, and where each is, is {@link Members}' work. A binder asks for each member it knows, then
 * calls {@link #build} (which reports the members it never asked for as unknown) to make the value.
 * Not thread-safe; one instance per object.
 */
public final class Fields {

  /** Turns the text of a string member into a value, or throws a {@link RuntimeException}. */
  @FunctionalInterface
  public interface Parser<T> {
    /** Parses {@code text}. */
    T parse(String text);
  }

  private final Problems problems;
  private final Members members;

  private Fields(Problems problems, Members members) {
    this.problems = problems;
    this.members = members;
  }

  /** Binds {@code node}, or returns null after recording that it is not an object. */
  public static @Nullable Fields of(Problems problems, Node node, String pointer) {
    if (!(node instanceof Node.Obj obj)) {
      Scalars.wrongType(problems, pointer, node, Node.Kind.OBJECT);
      return null;
    }
    return new Fields(problems, new Members(problems, obj, pointer));
  }

  /** Binds member {@code name} (item {@code index} of it, unless -1) of this object. */
  private @Nullable Fields child(Node node, String name, int index) {
    if (!(node instanceof Node.Obj obj)) {
      Scalars.wrongType(problems, index < 0 ? at(name) : at(name, index), node, Node.Kind.OBJECT);
      return null;
    }
    return new Fields(problems, new Members(problems, obj, members, name, index));
  }

  /** The pointer of this object. */
  public String pointer() {
    return members.pointer();
  }

  private String at(String name) {
    return members.at(name);
  }

  private String at(String name, int index) {
    return members.at(name, index);
  }

  /** The problems of this read. */
  public Problems problems() {
    return problems;
  }

  /** Marks members as read without binding them, such as the envelope's. */
  public void skip(String... names) {
    for (String name : names) {
      members.ask(name);
    }
  }

  /** The member's node, or null if absent (a missing required member is recorded). */
  public @Nullable Node member(String name, boolean required) {
    return members.member(name, required);
  }

  /** The text of a non-blank string node, or null after recording what is wrong with it. */
  private @Nullable String text(Node node, String name) {
    if (node.kind() == Node.Kind.STRING) {
      String text = ((Node.Scalar) node).text();
      if (!text.isBlank()) {
        return text;
      }
    }
    return Scalars.text(problems, node, at(name));
  }

  /** A required string member. */
  public @Nullable String string(String name) {
    return string(name, true);
  }

  /** An optional string member; null if absent or wrong. */
  public @Nullable String optionalString(String name) {
    return string(name, false);
  }

  private @Nullable String string(String name, boolean required) {
    Node node = member(name, required);
    return node == null ? null : text(node, name);
  }

  /** A required string member that may be empty or blank. */
  public @Nullable String emptyableString(String name) {
    return emptyable(name, true);
  }

  /** An optional string member that may be empty or blank; null if absent or wrong. */
  public @Nullable String emptyableOptional(String name) {
    return emptyable(name, false);
  }

  private @Nullable String emptyable(String name, boolean required) {
    Node node = member(name, required);
    if (node == null) {
      return null;
    }
    if (node.kind() != Node.Kind.STRING) {
      Scalars.wrongType(problems, at(name), node, Node.Kind.STRING);
      return null;
    }
    return ((Node.Scalar) node).text();
  }

  /** A required boolean member. */
  public @Nullable Boolean bool(String name) {
    return bool(name, true);
  }

  /** An optional boolean member; null if absent or wrong. */
  public @Nullable Boolean optionalBool(String name) {
    return bool(name, false);
  }

  private @Nullable Boolean bool(String name, boolean required) {
    Node node = member(name, required);
    if (node == null) {
      return null;
    }
    if (node.kind() != Node.Kind.BOOLEAN) {
      Scalars.wrongType(problems, at(name), node, Node.Kind.BOOLEAN);
      return null;
    }
    return Boolean.valueOf(((Node.Scalar) node).text());
  }

  /** A required whole-number member between {@code min} and {@code max}. */
  public @Nullable Long integer(String name, long min, long max) {
    Node node = member(name, true);
    if (node == null) {
      return null;
    }
    if (node.kind() != Node.Kind.NUMBER) {
      Scalars.wrongType(problems, at(name), node, Node.Kind.NUMBER);
      return null;
    }
    String text = ((Node.Scalar) node).text();
    try {
      long value = Long.parseLong(text);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below, as any other out-of-range number
    }
    problems.error(
        WireCode.INVALID_VALUE,
        at(name),
        "must be a whole number from " + min + " to " + max + ", was " + Echo.cut(text),
        node);
    return null;
  }

  /** A required object member whose members are all strings, in document order. */
  public @Nullable Map<String, String> stringMap(String name) {
    Map<String, Node> members = map(name, true);
    if (members == null) {
      return null;
    }
    Map<String, String> values = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, Node> member : members.entrySet()) {
      Node value = member.getValue();
      if (value.kind() != Node.Kind.STRING) {
        Scalars.wrongType(
            problems, Pointers.child(at(name), member.getKey()), value, Node.Kind.STRING);
      } else {
        values.put(member.getKey(), ((Node.Scalar) value).text());
      }
    }
    return values;
  }

  /** A string member parsed by {@code parser}; {@code expected} names the format for messages. */
  public <T> @Nullable T parsed(String name, boolean required, String expected, Parser<T> parser) {
    Node node = member(name, required);
    String text = node == null ? null : text(node, name);
    if (node == null || text == null) {
      return null;
    }
    try {
      return parser.parse(text);
    } catch (RuntimeException e) {
      Scalars.invalid(problems, at(name), text, expected, node);
      return null;
    }
  }

  /** A code member; unknown is an error if required, else unknown in the tolerant sense. */
  public <E extends Coded> @Nullable E code(
      String name, boolean required, Function<String, E> lookup) {
    Node node = member(name, required);
    if (node == null) {
      return null;
    }
    String text = text(node, name);
    if (text == null) {
      return null;
    }
    try {
      return lookup.apply(text);
    } catch (UnknownCodeException e) {
      if (required) {
        problems.error(WireCode.UNKNOWN_CODE, at(name), Scalars.codeMessage(e), node);
      } else {
        problems.unknownCode(at(name), Scalars.codeMessage(e), node);
      }
      return null;
    }
  }

  /**
   * A required array of codes making a set: an unknown code is an error, or kept as unknown in
   * tolerant mode; a repeated code is an error.
   */
  public <E extends Coded> @Nullable List<E> codes(String name, Function<String, E> lookup) {
    List<Node> items = array(name);
    if (items == null) {
      return null;
    }
    String where = at(name);
    Set<E> seen = new LinkedHashSet<>();
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      String at = Pointers.child(where, i);
      String text = Scalars.text(problems, item, at);
      if (text == null) {
        continue;
      }
      try {
        if (!seen.add(lookup.apply(text))) {
          problems.error(
              WireCode.INVALID_VALUE,
              at,
              "code \"" + Echo.cut(text) + "\" is repeated; a set lists each code once",
              item);
        }
      } catch (UnknownCodeException e) {
        problems.unknownCode(at, Scalars.codeMessage(e), item);
      }
    }
    return new ArrayList<>(seen);
  }

  /** A required array of strings, each parsed by {@code parser}. */
  public <T> @Nullable List<T> list(String name, String expected, Parser<T> parser) {
    List<Node> items = array(name);
    if (items == null) {
      return null;
    }
    List<T> values = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      String text = null;
      if (item.kind() == Node.Kind.STRING) {
        text = ((Node.Scalar) item).text();
      }
      if (text == null || text.isBlank()) {
        text = Scalars.text(problems, item, at(name, i));
      }
      if (text != null) {
        T value;
        try {
          value = parser.parse(text);
        } catch (RuntimeException e) {
          Scalars.invalid(problems, at(name, i), text, expected, item);
          value = null;
        }
        if (value != null) {
          values.add(value);
        }
      }
    }
    return values;
  }

  /** A required array of objects, each bound by {@code binder}. */
  public <T> @Nullable List<T> objects(String name, Function<Fields, @Nullable T> binder) {
    List<Node> items = array(name);
    if (items == null) {
      return null;
    }
    List<T> values = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      Fields item = child(items.get(i), name, i);
      T value = item == null ? null : binder.apply(item);
      if (value != null) {
        values.add(value);
      }
    }
    return values;
  }

  /** An object member bound by {@code binder}; null if absent (recorded if required) or wrong. */
  public <T> @Nullable T object(
      String name, boolean required, Function<Fields, @Nullable T> binder) {
    Node node = member(name, required);
    if (node == null) {
      return null;
    }
    Fields fields = child(node, name, -1);
    return fields == null ? null : binder.apply(fields);
  }

  /** The members of an object member with free keys (such as languages), or null. */
  public @Nullable Map<String, Node> map(String name, boolean required) {
    Node node = member(name, required);
    if (node == null) {
      return null;
    }
    if (!(node instanceof Node.Obj obj)) {
      Scalars.wrongType(problems, at(name), node, Node.Kind.OBJECT);
      return null;
    }
    return obj.members();
  }

  private @Nullable List<Node> array(String name) {
    Node node = member(name, true);
    if (node == null) {
      return null;
    }
    if (!(node instanceof Node.Arr arr)) {
      Scalars.wrongType(problems, at(name), node, Node.Kind.ARRAY);
      return null;
    }
    return arr.items();
  }

  /**
   * Reports the members never asked for as unknown, then builds the value unless this object or
   * anything in it had an error. A core invariant the builder breaks ({@code LHL-A-001}, {@code
   * LHL-A-002}) becomes a problem at the member it names, through {@code wireNames} (core field
   * name to member name).
   */
  public <T> @Nullable T build(Map<String, String> wireNames, Supplier<T> builder) {
    members.reportUnasked();
    if (members.hadErrors()) {
      return null;
    }
    try {
      return builder.get();
    } catch (IllegalArgumentException e) {
      CoreFailures.record(problems, pointer(), members.object(), wireNames, e);
      return null;
    }
  }
}
