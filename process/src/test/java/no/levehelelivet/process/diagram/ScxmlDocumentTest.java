package no.levehelelivet.process.diagram;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import no.levehelelivet.core.Language;
import no.levehelelivet.process.Phase;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.Transition;
import no.levehelelivet.process.TransitionKind;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SCXML document's exact elements, and its escaping of any text. */
class ScxmlDocumentTest {

  private static final ProcessDefinition STANDARD = ProcessDefinition.standard();
  private static final char REPLACEMENT = (char) 0xFFFD;

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(UTF_8)));
  }

  private static String transition(String event, String target, String label) {
    return event + " -> " + target + " : " + label;
  }

  /**
   * The transitions of a phase's state by the documented rules, in definition order: moves,
   * revisits (one per earlier phase) and completion first, then the status changes.
   */
  private static List<String> expectedTransitions(int index, Language language) {
    List<Phase> phases = STANDARD.phases();
    List<String> moves = new ArrayList<>();
    List<String> statusChanges = new ArrayList<>();
    for (Transition transition : STANDARD.transitionsFrom(phases.get(index).code())) {
      String trigger = transition.trigger().code();
      String label = transition.trigger().label(language);
      TransitionKind kind = transition.kind();
      switch (kind) {
        case MOVE -> moves.add(transition(trigger, transition.to().orElseThrow(), label));
        case REVISIT -> {
          for (Phase earlier : phases.subList(0, index)) {
            moves.add(transition(trigger + "." + earlier.code(), earlier.code(), label));
          }
        }
        case COMPLETE -> moves.add(transition(trigger, "status.completed", label));
        case ABANDON -> statusChanges.add(transition(trigger, "status.abandoned", label));
        default -> statusChanges.add(transition(trigger, "(none)", label));
      }
    }
    moves.addAll(statusChanges);
    return moves;
  }

  @Test
  void givesEachStateExactlyTheTransitionsOfItsPhase() throws Exception {
    Document scxml = parse(DiagramFormat.SCXML.render(STANDARD, Language.ENGLISH));
    NodeList states = scxml.getElementsByTagNameNS(DiagramFormat.SCXML_NAMESPACE, "state");

    assertThat(states.getLength()).isEqualTo(STANDARD.phases().size());
    for (int i = 0; i < states.getLength(); i++) {
      Element state = (Element) states.item(i);
      NodeList transitions =
          state.getElementsByTagNameNS(DiagramFormat.SCXML_NAMESPACE, "transition");
      List<String> actual = new ArrayList<>();
      for (int t = 0; t < transitions.getLength(); t++) {
        Element transition = (Element) transitions.item(t);
        actual.add(
            transition(
                transition.getAttribute("event"),
                transition.hasAttribute("target") ? transition.getAttribute("target") : "(none)",
                transition.getAttributeNS(DiagramFormat.SCXML_LABELS_NAMESPACE, "label")));
      }
      assertThat(state.getAttribute("id")).isEqualTo(STANDARD.phases().get(i).code());
      assertThat(actual)
          .as(state.getAttribute("id"))
          .isEqualTo(expectedTransitions(i, Language.ENGLISH));
    }
  }

  @Test
  void writesTheFirstPhaseWithItsMoveAndStatusChangesButNoRevisit() {
    String xml = DiagramFormat.SCXML.render(STANDARD, Language.ENGLISH);

    // start-up has no earlier phase to go back to; pause and resume stay in the phase
    assertThat(xml)
        .contains(
            "  <state id=\"start-up\" lhl:label=\"Start-up\">\n"
                + "    <transition event=\"begin-mapping\" target=\"mapping\""
                + " lhl:label=\"Begin mapping\"/>\n"
                + "    <transition event=\"pause\" lhl:label=\"Pause\"/>\n"
                + "    <transition event=\"resume\" lhl:label=\"Resume\"/>\n"
                + "    <transition event=\"abandon\" target=\"status.abandoned\""
                + " lhl:label=\"Abandon the process\"/>\n"
                + "  </state>\n");
  }

  @Test
  void keepsPairedSurrogatesAndReplacesWhatXmlCannotHold() {
    String emoji = "😀";
    char high = emoji.charAt(0);
    char low = emoji.charAt(1);

    assertThat(ScxmlDocument.escape("a" + emoji + "b")).isEqualTo("a" + emoji + "b");
    assertThat(ScxmlDocument.escape("a" + high)).isEqualTo("a" + REPLACEMENT);
    assertThat(ScxmlDocument.escape(high + "b")).isEqualTo(REPLACEMENT + "b");
    assertThat(ScxmlDocument.escape(low + "b")).isEqualTo(REPLACEMENT + "b");
    assertThat(ScxmlDocument.escape("" + high + high + low)).isEqualTo(REPLACEMENT + emoji);
    assertThat(ScxmlDocument.escape("a" + (char) 0x01 + (char) 0xFFFE + (char) 0xFFFF + "z"))
        .isEqualTo("a" + REPLACEMENT + REPLACEMENT + REPLACEMENT + "z");
    assertThat(ScxmlDocument.escape("<&>\"'\n\r\t"))
        .isEqualTo("&lt;&amp;&gt;&quot;&apos;&#10;&#13;&#9;");
  }

  @Test
  void revisitsLeadToEveryEarlierPhaseAndNoOther() {
    DiagramModel model = new DiagramModel(STANDARD, null, Language.ENGLISH);
    List<Phase> phases = STANDARD.phases();

    for (int i = 0; i < phases.size(); i++) {
      String from = phases.get(i).code();
      List<String> revisited = new ArrayList<>();
      for (DiagramModel.Edge edge : model.edges) {
        if (edge.from().equals(from) && edge.kind() == TransitionKind.REVISIT) {
          revisited.add(edge.to());
        }
      }
      List<String> earlier = new ArrayList<>();
      for (Phase phase : phases.subList(0, i)) {
        earlier.add(phase.code());
      }
      assertThat(revisited).as(from).isEqualTo(earlier);
    }
  }
}
