package no.levehelelivet.serialization.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import no.levehelelivet.core.Coded;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.serialization.ErrorCode;
import org.jspecify.annotations.Nullable;

/**
 * Binds the members of one JSON object, tracking the JSON Pointer of each and recording every
 * problem in the shared {@link Problems} instead of stopping at the first. A binder asks for each
 * member it knows, then calls {@link #build} (which reports the members it never asked for as
 * unknown) to make the value. Not thread-safe; one instance per object.
 */
public final class Fields {

  /** Turns the text of a string member into a value, or throws a {@link RuntimeException}. */
  @FunctionalInterface
  public interface Parser<T> {
    /** Parses {@code text}. */
    T parse(String text);
  }

  private final Problems problems;
  private final Node.Obj object;
  private final String pointer;
  private final int errorsBefore;
  private final Set<String> asked = new HashSet<>();

  private Fields(Problems problems, Node.Obj object, String pointer) {
    this.problems = problems;
    this.object = object;
    this.pointer = pointer;
    this.errorsBefore = problems.errorCount();
  }

  /** Binds {@code node}, or returns null after recording that it is not an object. */
  public static @Nullable Fields of(Problems problems, Node node, String pointer) {
    if (!(node instanceof Node.Obj obj)) {
      Scalars.wrongType(problems, pointer, node, Node.Kind.OBJECT);
      return null;
    }
    return new Fields(problems, obj, pointer);
  }

  /** The pointer of this object. */
  public String pointer() {
    return pointer;
  }

  /** The problems of this read. */
  public Problems problems() {
    return problems;
  }

  /** Marks members as read without binding them, such as the envelope's. */
  public void skip(String... names) {
    asked.addAll(List.of(names));
  }

  /** The member's node, or null if absent (a missing required member is recorded). */
  public @Nullable Node member(String name, boolean required) {
    asked.add(name);
    Node node = object.members().get(name);
    if (node == null && required) {
      problems.error(
          ErrorCode.MISSING_VALUE,
          Pointers.child(pointer, name),
          "required value \"" + name + "\" is missing",
          object);
    }
    return node;
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
    return node == null ? null : Scalars.text(problems, node, Pointers.child(pointer, name));
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
      Scalars.wrongType(problems, Pointers.child(pointer, name), node, Node.Kind.STRING);
      return null;
    }
    return ((Node.Scalar) node).text();
  }

  /** A required boolean member. */
  public @Nullable Boolean bool(String name) {
    Node node = member(name, true);
    if (node == null) {
      return null;
    }
    if (node.kind() != Node.Kind.BOOLEAN) {
      Scalars.wrongType(problems, Pointers.child(pointer, name), node, Node.Kind.BOOLEAN);
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
    String where = Pointers.child(pointer, name);
    if (node.kind() != Node.Kind.NUMBER) {
      Scalars.wrongType(problems, where, node, Node.Kind.NUMBER);
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
        ErrorCode.INVALID_VALUE,
        where,
        "must be a whole number from " + min + " to " + max + ", was " + Problems.echo(text),
        node);
    return null;
  }

  /** A required object member whose members are all strings, in document order. */
  public @Nullable Map<String, String> stringMap(String name) {
    Map<String, Node> members = map(name, true);
    if (members == null) {
      return null;
    }
    String where = Pointers.child(pointer, name);
    Map<String, String> values = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, Node> member : members.entrySet()) {
      Node value = member.getValue();
      String at = Pointers.child(where, member.getKey());
      if (value.kind() != Node.Kind.STRING) {
        Scalars.wrongType(problems, at, value, Node.Kind.STRING);
      } else {
        values.put(member.getKey(), ((Node.Scalar) value).text());
      }
    }
    return values;
  }

  /** A string member parsed by {@code parser}; {@code expected} names the format for messages. */
  public <T> @Nullable T parsed(String name, boolean required, String expected, Parser<T> parser) {
    String text = string(name, required);
    return text == null
        ? null
        : Scalars.parse(
            problems, Pointers.child(pointer, name), text, expected, parser, member(name, false));
  }

  /** A code member; unknown is an error if required, else unknown in the tolerant sense. */
  public <E extends Coded> @Nullable E code(
      String name, boolean required, Function<String, E> lookup) {
    Node node = member(name, required);
    if (node == null) {
      return null;
    }
    String where = Pointers.child(pointer, name);
    String text = Scalars.text(problems, node, where);
    if (text == null) {
      return null;
    }
    try {
      return lookup.apply(text);
    } catch (UnknownCodeException e) {
      if (required) {
        problems.error(ErrorCode.UNKNOWN_CODE, where, Scalars.codeMessage(e), node);
      } else {
        problems.unknownCode(where, Scalars.codeMessage(e), node);
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
    String where = Pointers.child(pointer, name);
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
              ErrorCode.INVALID_VALUE,
              at,
              "code \"" + Problems.echo(text) + "\" is repeated; a set lists each code once",
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
    String where = Pointers.child(pointer, name);
    List<T> values = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String at = Pointers.child(where, i);
      String text = Scalars.text(problems, items.get(i), at);
      if (text != null) {
        T value = Scalars.parse(problems, at, text, expected, parser, items.get(i));
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
    String where = Pointers.child(pointer, name);
    List<T> values = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Fields item = of(problems, items.get(i), Pointers.child(where, i));
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
    Fields fields = of(problems, node, Pointers.child(pointer, name));
    return fields == null ? null : binder.apply(fields);
  }

  /** The members of an object member with free keys (such as languages), or null. */
  public @Nullable Map<String, Node> map(String name, boolean required) {
    Node node = member(name, required);
    if (node == null) {
      return null;
    }
    if (!(node instanceof Node.Obj obj)) {
      Scalars.wrongType(problems, Pointers.child(pointer, name), node, Node.Kind.OBJECT);
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
      Scalars.wrongType(problems, Pointers.child(pointer, name), node, Node.Kind.ARRAY);
      return null;
    }
    return arr.items();
  }

  /**
   * Reports the members never asked for as unknown, then builds the value unless this object or
   * anything in it had an error. A core invariant the builder breaks ({@code LHL-C-002}, {@code
   * LHL-C-003}) becomes a problem at the member it names, through {@code wireNames} (core field
   * name to member name).
   */
  public <T> @Nullable T build(Map<String, String> wireNames, Supplier<T> builder) {
    for (Map.Entry<String, Node> member : object.members().entrySet()) {
      if (!asked.contains(member.getKey())) {
        problems.unknownProperty(
            Pointers.child(pointer, member.getKey()), member.getKey(), member.getValue());
      }
    }
    if (problems.errorCount() > errorsBefore) {
      return null;
    }
    try {
      return builder.get();
    } catch (IllegalArgumentException e) {
      CoreFailures.record(problems, pointer, object, wireNames, e);
      return null;
    }
  }
}
