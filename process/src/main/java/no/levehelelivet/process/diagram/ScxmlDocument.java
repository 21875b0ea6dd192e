package no.levehelelivet.process.diagram;

import no.levehelelivet.process.Phase;
import org.jspecify.annotations.Nullable;

/**
 * A process as a W3C SCXML document (<i>SCXML-dokument</i>), for other state-chart tools: each
 * phase a {@code <state>} whose id is the phase code; each move a {@code <transition>} whose event
 * is the trigger code; a revisit one transition per earlier phase, with event {@code
 * revisit.<phase>}; pause and resume target-less transitions; completion and abandonment
 * transitions to the final states {@code status.completed} and {@code status.abandoned}. Labels in
 * the chosen language, and {@code current="true"} on the current phase of an instance, are
 * attributes in the namespace {@value #LABELS_NAMESPACE}, which SCXML processors ignore.
 *
 * <p>Well-formed UTF-8 XML in the namespace {@value #NAMESPACE}, with text escaped. Deterministic:
 * the same input gives the same text. Stateless and thread-safe; reached through {@link
 * DiagramFormat}.
 */
final class ScxmlDocument {

  /** The W3C SCXML namespace. */
  static final String NAMESPACE = "http://www.w3.org/2005/07/scxml";

  /** The namespace of this library's label and highlight attributes. */
  static final String LABELS_NAMESPACE = "https://levehelelivet.no/ns/scxml";

  private ScxmlDocument() {}

  static String render(DiagramModel model) {
    StringBuilder out = new StringBuilder();
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<scxml xmlns=\"")
        .append(NAMESPACE)
        .append("\" xmlns:lhl=\"")
        .append(LABELS_NAMESPACE)
        .append("\" version=\"1.0\" initial=\"")
        .append(escape(model.initial))
        .append("\" name=\"")
        .append(escape(model.id))
        .append("\" lhl:label=\"")
        .append(escape(model.title))
        .append("\" lhl:language=\"")
        .append(model.language.code())
        .append("\">\n");
    for (Phase phase : model.phases) {
      out.append("  <state id=\"")
          .append(escape(phase.code()))
          .append("\" lhl:label=\"")
          .append(escape(phase.label(model.language)))
          .append('"');
      if (model.isCurrent(phase)) {
        out.append(" lhl:current=\"true\"");
      }
      out.append(">\n");
      for (DiagramModel.Edge edge : model.edges) {
        if (!edge.from().equals(phase.code())) {
          continue;
        }
        String to = edge.to();
        String event =
            switch (edge.kind()) {
              case REVISIT -> edge.trigger() + "." + to;
              default -> edge.trigger();
            };
        transition(out, event, to == null ? "status.completed" : to, edge.label());
      }
      for (DiagramModel.StatusChange change : model.statusChanges) {
        if (!change.from().equals(phase.code())) {
          continue;
        }
        switch (change.kind()) {
          case ABANDON -> transition(out, change.trigger(), "status.abandoned", change.label());
          default -> transition(out, change.trigger(), null, change.label());
        }
      }
      out.append("  </state>\n");
    }
    out.append("  <final id=\"status.completed\"/>\n");
    out.append("  <final id=\"status.abandoned\"/>\n");
    out.append("</scxml>\n");
    return out.toString();
  }

  private static void transition(
      StringBuilder out, String event, @Nullable String target, String label) {
    out.append("    <transition event=\"").append(escape(event)).append('"');
    if (target != null) {
      out.append(" target=\"").append(escape(target)).append('"');
    }
    out.append(" lhl:label=\"").append(escape(label)).append("\"/>\n");
  }

  /** Escapes text for an XML attribute value; characters XML 1.0 forbids become U+FFFD. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        case '\n' -> out.append("&#10;");
        case '\r' -> out.append("&#13;");
        case '\t' -> out.append("&#9;");
        default -> {
          boolean allowed = c >= 0x20 && c != 0xFFFE && c != 0xFFFF;
          if (Character.isSurrogate(c)) {
            boolean paired =
                Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
              out.append(c).append(text.charAt(++i));
            } else {
              out.append('\uFFFD');
            }
          } else {
            out.append(allowed ? c : '\uFFFD');
          }
        }
      }
    }
    return out.toString();
  }
}
