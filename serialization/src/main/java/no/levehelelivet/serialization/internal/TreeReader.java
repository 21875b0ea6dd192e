package no.levehelelivet.serialization.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import no.levehelelivet.core.internal.Echo;
import no.levehelelivet.serialization.Limits;
import no.levehelelivet.serialization.WireCode;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads a whole document from a Jackson token stream (JSON or YAML) into a {@link Node} tree,
 * iteratively, so no input can exhaust the stack. It detects duplicate keys (keeping the first),
 * trailing content and every {@link Limits} breach itself; Jackson's own stream constraints, set to
 * the same limits, stop over-long tokens before they are buffered whole.
 *
 * <p>Syntax errors and exceeded limits end the read (nothing after them can be trusted); a
 * duplicate key is recorded and reading goes on.
 */
final class TreeReader {

  private final Limits limits;
  private final Problems problems;

  /**
   * An object or array being read. Its pointer is built from its parent's only when a problem needs
   * it: the member name it was read under, or its index in the parent array.
   */
  private static final class Frame {
    final Node node;
    final @Nullable Frame parent;
    final @Nullable String member;
    final int index;
    private @Nullable String pointer;
    @Nullable String name;
    boolean discard;

    Frame(Node node, @Nullable Frame parent, @Nullable String member, int index) {
      this.node = node;
      this.parent = parent;
      this.member = member;
      this.index = index;
    }

    String pointer() {
      String known = pointer;
      if (known == null) {
        Frame outer = parent;
        if (outer == null) {
          known = "";
        } else if (member != null) {
          known = Pointers.child(outer.pointer(), member);
        } else if (index >= 0) {
          known = Pointers.child(outer.pointer(), index);
        } else {
          known = outer.pointer();
        }
        pointer = known;
      }
      return known;
    }
  }

  TreeReader(Limits limits, Problems problems) {
    this.limits = limits;
    this.problems = problems;
  }

  /** Reads the whole document, or returns null after recording why it could not be read. */
  @Nullable Node read(JsonParser parser) {
    return read(parser, true);
  }

  /** Reads the value the parser is on, leaving what follows it to the caller. */
  @Nullable Node readCurrent(JsonParser parser) {
    return read(parser, false);
  }

  private @Nullable Node read(JsonParser parser, boolean wholeDocument) {
    Deque<Frame> stack = new ArrayDeque<>();
    try {
      JsonToken token = wholeDocument ? parser.nextToken() : parser.currentToken();
      if (token == null) {
        problems.error(WireCode.MALFORMED, "", "the document is empty", 1, 1);
        return null;
      }
      Node root = null;
      while (token != null) {
        Frame top = stack.peek();
        if (token != JsonToken.END_OBJECT
            && token != JsonToken.END_ARRAY
            && parser instanceof YAMLParser yaml
            && isAnchorOrAlias(yaml, top)) {
          return null;
        }
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          // Ends need no position: nothing is reported at them.
          stack.pop();
          if (stack.isEmpty()) {
            break;
          }
          token = parser.nextToken();
          continue;
        }
        TokenStreamLocation at = parser.currentTokenLocation();
        if (token == JsonToken.PROPERTY_NAME) {
          if (top == null) {
            throw new IllegalStateException("a property name outside an object");
          }
          String name = parser.currentName();
          if (name.length() > limits.maxNameLength()) {
            // The YAML parser does not hold names to the stream constraints.
            nameTooLong(top.pointer(), at.getLineNr(), at.getColumnNr());
            return null;
          }
          top.name = name;
          top.discard = ((Node.Obj) top.node).members().containsKey(name);
          if (top.discard) {
            problems.error(
                WireCode.DUPLICATE_KEY,
                Pointers.child(top.pointer(), name),
                "key \""
                    + Echo.cut(name)
                    + "\" appears twice in one object; keep one (the first is read)",
                at.getLineNr(),
                at.getColumnNr());
          }
          token = parser.nextToken();
          continue;
        }
        int line = at.getLineNr();
        int column = at.getColumnNr();
        Node node;
        switch (token) {
          case START_OBJECT -> node = new Node.Obj(line, column);
          case START_ARRAY -> node = new Node.Arr(line, column);
          case VALUE_STRING ->
              node = new Node.Scalar(Node.Kind.STRING, parser.getString(), line, column);
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
              node = new Node.Scalar(Node.Kind.NUMBER, parser.getString(), line, column);
          case VALUE_TRUE, VALUE_FALSE ->
              node = new Node.Scalar(Node.Kind.BOOLEAN, token.asString(), line, column);
          case VALUE_NULL -> node = new Node.Scalar(Node.Kind.NULL, "null", line, column);
          default ->
              node =
                  new Node.Scalar(
                      Node.Kind.STRING, String.valueOf(parser.getString()), line, column);
        }
        if (node instanceof Node.Scalar scalar && !withinLimits(scalar, top)) {
          return null;
        }
        // Where the node goes in its parent, taken before it is attached.
        String member = null;
        int index = -1;
        if (top != null) {
          if (top.node instanceof Node.Arr arr) {
            index = arr.items().size();
          } else {
            member = top.name;
          }
        }
        if (top == null) {
          root = node;
        } else if (!attach(top, node)) {
          return null;
        }
        if (node instanceof Node.Obj || node instanceof Node.Arr) {
          Frame frame = new Frame(node, top, member, index);
          if (stack.size() + 1 > limits.maxNestingDepth()) {
            problems.error(
                WireCode.NESTING_TOO_DEEP,
                frame.pointer(),
                "objects and arrays nest deeper than " + limits.maxNestingDepth() + " levels",
                line,
                column);
            return null;
          }
          stack.push(frame);
        }
        if (stack.isEmpty()) {
          break;
        }
        token = parser.nextToken();
      }
      return wholeDocument && trailing(parser) ? null : root;
    } catch (StreamConstraintsException e) {
      if (String.valueOf(e.getOriginalMessage()).contains("getMaxNameLength")) {
        // The parser's context still names the member before the long name, so the name is
        // reported at the object that holds it.
        Frame top = stack.peek();
        nameTooLong(top == null ? "" : top.pointer(), line(e), column(e));
        return null;
      }
      // Jackson reads a member's name and value in one step, so its own context knows best which
      // member broke the limit.
      problems.error(limitCode(e), pointerOf(parser), limitMessage(e), line(e), column(e));
      return null;
    } catch (JacksonException e) {
      // A syntax error is reported at the innermost container still open, the one it breaks.
      Frame top = stack.peek();
      problems.error(
          WireCode.MALFORMED,
          top == null ? "" : top.pointer(),
          "not well-formed: " + Echo.cut(String.valueOf(e.getOriginalMessage())),
          line(e),
          column(e));
      return null;
    }
  }

  /**
   * Refuses a YAML anchor or alias: the wire format has no shared values, and an alias would
   * otherwise read as the text of its name.
   */
  private boolean isAnchorOrAlias(YAMLParser yaml, @Nullable Frame top) {
    String anchor = yaml.getObjectId();
    boolean alias = yaml.isCurrentAlias();
    if (anchor == null && !alias) {
      return false;
    }
    TokenStreamLocation at = yaml.currentTokenLocation();
    String pointer = top == null ? "" : top.pointer();
    if (top != null && top.name != null && yaml.currentToken() != JsonToken.PROPERTY_NAME) {
      pointer = Pointers.child(pointer, top.name);
    }
    problems.error(
        WireCode.YAML_ANCHOR_OR_ALIAS,
        pointer,
        (alias
                ? "YAML alias *" + Echo.cut(String.valueOf(yaml.getString()))
                : "YAML anchor &" + Echo.cut(anchor == null ? "" : anchor))
            + " is not allowed; write the value out in full",
        at.getLineNr(),
        at.getColumnNr());
    return true;
  }

  /**
   * Holds a scalar to the string and number limits, which the YAML parser does not apply itself
   * (Jackson's JSON parser stops such tokens earlier).
   */
  private boolean withinLimits(Node.Scalar scalar, @Nullable Frame top) {
    int length = scalar.text().length();
    WireCode code;
    String message;
    if (scalar.kind() == Node.Kind.NUMBER && length > limits.maxNumberLength()) {
      code = WireCode.NUMBER_TOO_LONG;
      message =
          "a number has "
              + length
              + " characters, more than the limit of "
              + limits.maxNumberLength();
    } else if (scalar.kind() == Node.Kind.STRING && length > limits.maxStringLength()) {
      code = WireCode.STRING_TOO_LONG;
      message =
          "a string has "
              + length
              + " characters, more than the limit of "
              + limits.maxStringLength();
    } else {
      return true;
    }
    String pointer = "";
    if (top != null) {
      pointer =
          top.node instanceof Node.Arr arr
              ? Pointers.child(top.pointer(), arr.items().size())
              : Pointers.child(top.pointer(), requireName(top));
    }
    problems.error(code, pointer, message, scalar);
    return false;
  }

  private void nameTooLong(String pointer, int line, int column) {
    problems.error(
        WireCode.STRING_TOO_LONG,
        pointer,
        "a property name in this object is longer than the limit of "
            + limits.maxNameLength()
            + " characters",
        line,
        column);
  }

  private boolean attach(Frame parent, Node node) {
    if (parent.node instanceof Node.Arr array) {

      if (array.items().size() >= limits.maxElements()) {
        tooMany(parent.pointer(), node);
        return false;
      }
      array.items().add(node);
      return true;
    }
    Node.Obj object = (Node.Obj) parent.node;
    if (parent.discard) {
      return true;
    }
    if (object.members().size() >= limits.maxElements()) {
      tooMany(parent.pointer(), node);
      return false;
    }
    object.members().put(requireName(parent), node);
    return true;
  }

  private void tooMany(String pointer, Node at) {
    problems.error(
        WireCode.TOO_MANY_ELEMENTS,
        pointer,
        "more than " + limits.maxElements() + " elements in one array or object",
        at);
  }

  private static String requireName(Frame frame) {
    if (frame.name == null) {
      throw new IllegalStateException("a value without a property name");
    }
    return frame.name;
  }

  private boolean trailing(JsonParser parser) {
    TokenStreamLocation end = parser.currentLocation();
    try {
      if (parser.nextToken() == null) {
        return false;
      }
      TokenStreamLocation at = parser.currentTokenLocation();
      problems.error(
          WireCode.TRAILING_CONTENT,
          "",
          "content after the end of the document; send one document at a time",
          at.getLineNr(),
          at.getColumnNr());
    } catch (JacksonException e) {
      problems.error(
          WireCode.TRAILING_CONTENT,
          "",
          "content after the end of the document: "
              + Echo.cut(String.valueOf(e.getOriginalMessage())),
          line(e) > 0 ? line(e) : end.getLineNr(),
          column(e) > 0 ? column(e) : end.getColumnNr());
    }
    return true;
  }

  private static String pointerOf(JsonParser parser) {
    return parser.streamReadContext().pathAsPointer().toString();
  }

  private static int line(JacksonException e) {
    TokenStreamLocation at = e.getLocation();
    return at == null ? 0 : Math.max(0, at.getLineNr());
  }

  private static int column(JacksonException e) {
    TokenStreamLocation at = e.getLocation();
    return at == null ? 0 : Math.max(0, at.getColumnNr());
  }

  private static WireCode limitCode(StreamConstraintsException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.contains("getMaxNestingDepth")) {
      return WireCode.NESTING_TOO_DEEP;
    } else if (message.contains("getMaxStringLength") || message.contains("getMaxNameLength")) {
      return WireCode.STRING_TOO_LONG;
    } else if (message.contains("getMaxNumberLength")) {
      return WireCode.NUMBER_TOO_LONG;
    } else if (message.contains("getMaxDocumentLength")) {
      return WireCode.DOCUMENT_TOO_LARGE;
    }
    return WireCode.TOO_MANY_ELEMENTS;
  }

  private String limitMessage(StreamConstraintsException e) {
    String message = String.valueOf(e.getOriginalMessage());
    int cut = message.indexOf(", from ");
    return "a limit is exceeded: " + (cut > 0 ? message.substring(0, cut) + ")" : message);
  }
}
