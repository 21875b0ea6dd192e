package no.levehelelivet.serialization.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of a document tree read by {@link TreeReader}, with the line and column it started at (0
 * where unknown). Mutable only so that migrations can reshape an old document before binding.
 */
public abstract class Node {

  /** The JSON type of a node. */
  public enum Kind {
    /** A JSON object. */
    OBJECT("an object"),
    /** A JSON array. */
    ARRAY("an array"),
    /** A JSON string. */
    STRING("a string"),
    /** A JSON number. */
    NUMBER("a number"),
    /** {@code true} or {@code false}. */
    BOOLEAN("true or false"),
    /** {@code null}. */
    NULL("null");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    /** For messages: "an object", "a string", ... */
    public String description() {
      return description;
    }
  }

  private final int line;
  private final int column;

  Node(int line, int column) {
    this.line = line;
    this.column = column;
  }

  /** The node's JSON type. */
  public abstract Kind kind();

  /** The line (from 1) the node starts at, or 0. */
  public int line() {
    return line;
  }

  /** The column (from 1) the node starts at, or 0. */
  public int column() {
    return column;
  }

  /** A JSON object: its members in document order. */
  public static final class Obj extends Node {
    private final Map<String, Node> members = new LinkedHashMap<>();

    /** Creates an empty object at the given position. */
    public Obj(int line, int column) {
      super(line, column);
    }

    @Override
    public Kind kind() {
      return Kind.OBJECT;
    }

    /** The members, in document order; mutable for migrations. */
    public Map<String, Node> members() {
      return members;
    }
  }

  /** A JSON array. */
  public static final class Arr extends Node {
    private final List<Node> items = new ArrayList<>();

    /** Creates an empty array at the given position. */
    public Arr(int line, int column) {
      super(line, column);
    }

    @Override
    public Kind kind() {
      return Kind.ARRAY;
    }

    /** The items, in order; mutable for migrations. */
    public List<Node> items() {
      return items;
    }
  }

  /** A string, number, boolean or null, with its text as written. */
  public static final class Scalar extends Node {
    private final Kind kind;
    private final String text;

    /** Creates a scalar; {@code text} is the string's value or the literal's spelling. */
    public Scalar(Kind kind, String text, int line, int column) {
      super(line, column);
      if (kind == Kind.OBJECT || kind == Kind.ARRAY) {
        throw new IllegalArgumentException("a scalar cannot be " + kind);
      }
      this.kind = kind;
      this.text = text;
    }

    /** A string scalar at the given node's position, for migrations. */
    public static Scalar string(String text, Node at) {
      return new Scalar(Kind.STRING, text, at.line(), at.column());
    }

    @Override
    public Kind kind() {
      return kind;
    }

    /** The string's value, or the spelling of a number, boolean or null. */
    public String text() {
      return text;
    }
  }
}
