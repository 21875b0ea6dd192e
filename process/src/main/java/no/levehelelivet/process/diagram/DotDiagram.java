package no.levehelelivet.process.diagram;

import no.levehelelivet.process.Phase;
import no.levehelelivet.process.TransitionKind;

/**
 * A process as Graphviz DOT text (<i>Graphviz-diagram</i>): phases as rounded boxes labelled in the
 * chosen language, moves as labelled arrows, revisits as dashed arrows to every earlier phase,
 * completion as an arrow to the end node, and the current phase of an instance filled and bold.
 * Node ids are the phase codes; the start and end nodes are {@code "(start)"} and {@code
 * "(completed)"}, which no code can be.
 *
 * <p>Deterministic: the same input gives the same text. Stateless and thread-safe; reached through
 * {@link DiagramFormat}.
 */
final class DotDiagram {

  private DotDiagram() {}

  static String render(DiagramModel model) {
    StringBuilder out = new StringBuilder();
    out.append("digraph ").append(quote(model.id)).append(" {\n");
    out.append("  rankdir=LR;\n");
    out.append("  label=").append(quote(model.title)).append(";\n");
    out.append("  labelloc=t;\n");
    out.append("  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n");
    out.append("  edge [fontname=\"Helvetica\", fontsize=10];\n");
    out.append("  \"(start)\" [shape=point, width=0.2];\n");
    out.append("  \"(completed)\" [shape=doublecircle, label=\"\", width=0.15];\n");
    for (Phase phase : model.phases) {
      out.append("  ")
          .append(quote(phase.code()))
          .append(" [label=")
          .append(quote(phase.label(model.language)));
      if (model.isCurrent(phase)) {
        out.append(", style=\"rounded,filled,bold\", fillcolor=\"#ffd54f\", penwidth=2");
      }
      out.append("];\n");
    }
    out.append("  \"(start)\" -> ").append(quote(model.initial)).append(";\n");
    for (DiagramModel.Edge edge : model.edges) {
      String to = edge.to();
      out.append("  ")
          .append(quote(edge.from()))
          .append(" -> ")
          .append(to == null ? "\"(completed)\"" : quote(to))
          .append(" [label=")
          .append(quote(edge.label()));
      if (edge.kind() == TransitionKind.REVISIT) {
        out.append(", style=dashed, constraint=false");
      }
      out.append("];\n");
    }
    out.append("}\n");
    return out.toString();
  }

  /** Quotes text as a DOT string. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> {}
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
