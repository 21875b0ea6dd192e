package no.levehelelivet.process.diagram;

import java.util.LinkedHashSet;
import java.util.Set;
import no.levehelelivet.process.Phase;
import no.levehelelivet.process.TransitionKind;
import org.jspecify.annotations.Nullable;

/**
 * A process as a Mermaid {@code stateDiagram-v2} (<i>Mermaid-diagram</i>): phases as states
 * labelled in the chosen language, moves as labelled arrows, completion as an arrow to the end
 * state, and the current phase of an instance highlighted with the class {@code current}. Revisits
 * and status changes allowed from many phases are listed in a note rather than drawn, so the
 * diagram stays readable. State ids are the phase codes with hyphens as underscores.
 *
 * <p>Deterministic: the same input gives the same text. Stateless and thread-safe; reached through
 * {@link DiagramFormat}.
 */
final class MermaidDiagram {

  private MermaidDiagram() {}

  static String render(DiagramModel model) {
    StringBuilder out = new StringBuilder();
    out.append("---\ntitle: ").append(escape(model.title)).append("\n---\n");
    out.append("stateDiagram-v2\n    direction LR\n");
    for (Phase phase : model.phases) {
      out.append("    state \"")
          .append(escape(phase.label(model.language)))
          .append("\" as ")
          .append(id(phase.code()))
          .append('\n');
    }
    out.append("    [*] --> ").append(id(model.initial)).append('\n');
    Set<String> elsewhere = new LinkedHashSet<>();
    for (DiagramModel.Edge edge : model.edges) {
      if (edge.kind() == TransitionKind.REVISIT) {
        elsewhere.add(edge.label());
        continue;
      }
      String to = edge.to();
      out.append("    ")
          .append(id(edge.from()))
          .append(" --> ")
          .append(to == null ? "[*]" : id(to))
          .append(" : ")
          .append(escape(edge.label()))
          .append('\n');
    }
    for (DiagramModel.StatusChange change : model.statusChanges) {
      elsewhere.add(change.label());
    }
    if (!elsewhere.isEmpty()) {
      out.append("    note right of ")
          .append(id(model.phases.get(model.phases.size() - 1).code()))
          .append(" : ")
          .append(escape(String.join(", ", elsewhere)))
          .append('\n');
    }
    String current = model.current;
    if (current != null) {
      out.append("    classDef current fill:#ffd54f,stroke:#e65100,stroke-width:3px\n");
      out.append("    class ").append(id(current)).append(" current\n");
    }
    return out.toString();
  }

  private static String id(String code) {
    return code.replace('-', '_');
  }

  /** Escapes text for a Mermaid label with Mermaid's entity codes. */
  static String escape(@Nullable String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("#quot;");
        case '#' -> out.append("#35;");
        case ':' -> out.append("#58;");
        case ';' -> out.append("#59;");
        case '<' -> out.append("#lt;");
        case '>' -> out.append("#gt;");
        case '\n', '\r', '\t' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
