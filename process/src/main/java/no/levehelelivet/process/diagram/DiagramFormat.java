package no.levehelelivet.process.diagram;

import com.google.common.collect.ImmutableMap;
import no.levehelelivet.core.Coded;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.internal.Codes;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;

/**
 * A format a process is drawn in (<i>diagramformat</i>): a definition, or an instance with its
 * current phase marked, as text another tool shows, with labels in the chosen language.
 *
 * <p>Output is deterministic: the same definition, instance phase and language give the same text.
 * Stateless and thread-safe.
 */
public enum DiagramFormat implements Coded {
  /**
   * A Mermaid {@code stateDiagram-v2} (<i>Mermaid-diagram</i>): phases as states labelled in the
   * chosen language, moves as labelled arrows, completion as an arrow to the end state, and the
   * current phase of an instance highlighted with the class {@code current}. Revisits and status
   * changes allowed from many phases are listed in a note rather than drawn, so the diagram stays
   * readable. State ids are the phase codes with hyphens as underscores.
   */
  MERMAID("mermaid") {
    @Override
    String render(DiagramModel model) {
      return MermaidDiagram.render(model);
    }
  },
  /**
   * Graphviz DOT text (<i>Graphviz-diagram</i>): phases as rounded boxes labelled in the chosen
   * language, moves as labelled arrows, revisits as dashed arrows to every earlier phase,
   * completion as an arrow to the end node, and the current phase of an instance filled and bold.
   * Node ids are the phase codes; the start and end nodes are {@code "(start)"} and {@code
   * "(completed)"}, which no code can be.
   */
  DOT("dot") {
    @Override
    String render(DiagramModel model) {
      return DotDiagram.render(model);
    }
  },
  /**
   * A W3C SCXML document (<i>SCXML-dokument</i>), for other state-chart tools: each phase a {@code
   * <state>} whose id is the phase code; each move a {@code <transition>} whose event is the
   * trigger code; a revisit one transition per earlier phase, with event {@code revisit.<phase>};
   * pause and resume target-less transitions; completion and abandonment transitions to the final
   * states {@code status.completed} and {@code status.abandoned}. Labels, and {@code
   * current="true"} on the current phase of an instance, are attributes in the namespace {@value
   * #SCXML_LABELS_NAMESPACE}, which SCXML processors ignore. Well-formed UTF-8 XML in the namespace
   * {@value #SCXML_NAMESPACE}, with text escaped.
   */
  SCXML("scxml") {
    @Override
    String render(DiagramModel model) {
      return ScxmlDocument.render(model);
    }
  };

  /** The W3C SCXML namespace of {@link #SCXML} documents. */
  public static final String SCXML_NAMESPACE = ScxmlDocument.NAMESPACE;

  /** The namespace of the label and highlight attributes in {@link #SCXML} documents. */
  public static final String SCXML_LABELS_NAMESPACE = ScxmlDocument.LABELS_NAMESPACE;

  private static final ImmutableMap<String, DiagramFormat> BY_CODE = Codes.index(values());

  private final String code;

  DiagramFormat(String code) {
    this.code = code;
  }

  /** The stable code, for example {@code "mermaid"}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * Draws a definition.
   *
   * @param definition the definition to draw
   * @param language the language of the labels
   * @return the diagram's source text in this format
   */
  public String render(ProcessDefinition definition, Language language) {
    return render(new DiagramModel(definition, null, language));
  }

  /**
   * Draws an instance's definition with its current phase marked.
   *
   * @param instance the instance whose definition to draw
   * @param language the language of the labels
   * @return the diagram's source text in this format
   */
  public String render(ProcessInstance instance, Language language) {
    return render(new DiagramModel(instance.definition(), instance.phase(), language));
  }

  abstract String render(DiagramModel model);

  /**
   * {@return the format with the given code: {@code mermaid}, {@code dot} or {@code scxml}}
   *
   * @param code the format's code
   * @throws UnknownCodeException if no format has that code
   */
  public static DiagramFormat fromCode(String code) {
    return Codes.lookup(BY_CODE, "diagram format", code);
  }
}
