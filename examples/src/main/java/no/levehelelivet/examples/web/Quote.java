package no.levehelelivet.examples.web;

/** A value as a message may show it: quoted, control characters made visible, cut short. */
final class Quote {

  private static final int MAX = 80;

  private Quote() {}

  static String of(String value) {
    StringBuilder shown = new StringBuilder("\"");
    int count = 0;
    for (int i = 0; i < value.length() && count < MAX; ) {
      int c = value.codePointAt(i);
      i += Character.charCount(c);
      count++;
      if (c == '"' || c == '\\') {
        shown.append('\\').appendCodePoint(c);
      } else if (Character.isISOControl(c)) {
        shown.append(String.format("\\x%02x", c));
      } else {
        shown.appendCodePoint(c);
      }
    }
    if (value.codePointCount(0, value.length()) > MAX) {
      shown.append('…');
    }
    return shown.append('"').toString();
  }
}
