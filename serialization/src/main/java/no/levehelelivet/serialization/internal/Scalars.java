package no.levehelelivet.serialization.internal;

import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.internal.Echo;
import no.levehelelivet.serialization.WireCode;
import org.jspecify.annotations.Nullable;

/** Reading single values out of nodes, recording a problem where a value is not what it must be. */
public final class Scalars {

  private Scalars() {}

  /** The text of a string node, or null after recording a wrong type. */
  public static @Nullable String text(Problems problems, Node node, String pointer) {
    if (node.kind() != Node.Kind.STRING) {
      wrongType(problems, pointer, node, Node.Kind.STRING);
      return null;
    }
    String text = ((Node.Scalar) node).text();
    if (text.isBlank()) {
      problems.error(WireCode.INVALID_VALUE, pointer, "must not be blank", node);
      return null;
    }
    return text;
  }

  static <T> @Nullable T parse(
      Problems problems,
      String pointer,
      String text,
      String expected,
      Fields.Parser<T> parser,
      @Nullable Node at) {
    try {
      return parser.parse(text);
    } catch (RuntimeException e) {
      invalid(problems, pointer, text, expected, at);
      return null;
    }
  }

  /** Records that {@code text} is not {@code expected}. */
  static void invalid(
      Problems problems, String pointer, String text, String expected, @Nullable Node at) {
    problems.error(
        WireCode.INVALID_VALUE,
        pointer,
        "must be " + expected + ", was \"" + Echo.cut(text) + "\"",
        at);
  }

  static void wrongType(Problems problems, String pointer, Node node, Node.Kind expected) {
    String hint = node.kind() == Node.Kind.NULL ? "; leave an absent value out instead" : "";
    problems.error(
        WireCode.WRONG_TYPE,
        pointer,
        "must be " + expected.description() + ", was " + node.kind().description() + hint,
        node);
  }

  static String codeMessage(UnknownCodeException e) {
    return "unknown "
        + e.type()
        + " code \""
        + Echo.cut(e.unknownCode())
        + "\"; valid codes are: "
        + String.join(", ", e.validCodes());
  }
}
