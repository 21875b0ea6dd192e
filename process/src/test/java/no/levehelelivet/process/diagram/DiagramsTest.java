package no.levehelelivet.process.diagram;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.xml.parsers.DocumentBuilderFactory;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.Phase;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.Role;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DiagramsTest {

  private static final ProcessDefinition STANDARD = ProcessDefinition.standard();

  private static ProcessInstance started() {
    return ProcessInstance.start(
        STANDARD,
        "d-1",
        Municipality.of("Vefsn", "1824"),
        Actor.of("kari", Role.PROCESS_LEAD),
        Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC));
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(UTF_8)));
  }

  @Test
  void drawsTheStandardProcessAsAMermaidStateDiagramInBokmal() {
    String mermaid = DiagramFormat.MERMAID.render(STANDARD, Language.BOKMAL);
    assertThat(mermaid)
        .startsWith("---\ntitle: Leve hele livet – lokal endringsprosess\n---\nstateDiagram-v2\n")
        .contains("    state \"Planlegge og beslutte\" as plan_and_decide\n")
        .contains("    [*] --> start_up\n")
        .contains("    start_up --> mapping : Start kartleggingen\n")
        .contains("    implement_and_evaluate --> mapping : Start en ny runde\n")
        .contains("    implement_and_evaluate --> [*] : Avslutt prosessen\n")
        .doesNotContain("classDef current");
  }

  @Test
  void labelsTheMermaidDiagramInEnglishAndHighlightsTheCurrentPhase() {
    String mermaid = DiagramFormat.MERMAID.render(started(), Language.ENGLISH);
    assertThat(mermaid)
        .contains("    state \"Integrate into the municipal plans\" as integrate_into_plans\n")
        .contains("    start_up --> mapping : Begin mapping\n")
        .endsWith("    class start_up current\n");
  }

  @Test
  void drawsDotWithDashedRevisitsAndTheCurrentPhaseFilled() {
    String dot = DiagramFormat.DOT.render(started(), Language.BOKMAL);
    assertThat(dot)
        .startsWith("digraph \"leve-hele-livet-standard\" {\n")
        .contains("  \"start-up\" [label=\"Oppstart\", style=\"rounded,filled,bold\"")
        .contains("  \"mapping\" [label=\"Kartlegging\"];\n")
        .contains(
            "  \"mapping\" -> \"start-up\" [label=\"Gå tilbake til en tidligere fase\", style=dashed, constraint=false];\n")
        .contains(
            "  \"implement-and-evaluate\" -> \"(completed)\" [label=\"Avslutt prosessen\"];\n")
        .endsWith("}\n");
  }

  @Test
  void writesWellFormedScxmlInTheW3cNamespace() throws Exception {
    Document scxml = parse(DiagramFormat.SCXML.render(started(), Language.ENGLISH));
    Element root = scxml.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/07/scxml");
    assertThat(root.getLocalName()).isEqualTo("scxml");
    assertThat(root.getAttribute("initial")).isEqualTo("start-up");
    NodeList states = scxml.getElementsByTagNameNS(DiagramFormat.SCXML_NAMESPACE, "state");
    assertThat(states.getLength()).isEqualTo(5);
    Element startUp = (Element) states.item(0);
    assertThat(startUp.getAttributeNS(DiagramFormat.SCXML_LABELS_NAMESPACE, "current"))
        .isEqualTo("true");
    assertThat(startUp.getAttributeNS(DiagramFormat.SCXML_LABELS_NAMESPACE, "label"))
        .isEqualTo("Start-up");
    NodeList finals = scxml.getElementsByTagNameNS(DiagramFormat.SCXML_NAMESPACE, "final");
    assertThat(finals.getLength()).isEqualTo(2);
    Element mapping = (Element) states.item(1);
    NodeList transitions =
        mapping.getElementsByTagNameNS(DiagramFormat.SCXML_NAMESPACE, "transition");
    boolean revisit = false;
    for (int i = 0; i < transitions.getLength(); i++) {
      Element transition = (Element) transitions.item(i);
      revisit |=
          transition.getAttribute("event").equals("revisit.start-up")
              && transition.getAttribute("target").equals("start-up");
    }
    assertThat(revisit).isTrue();
  }

  @Test
  void escapesLabelsInEveryFormat() throws Exception {
    String nasty = "Fase \"A\" & <B>; #1: 'x'\nnew line";
    ProcessDefinition tailored =
        STANDARD.tailor("nasty", 1).renamePhase("mapping", LocalizedText.of(nasty)).build();
    Document scxml = parse(DiagramFormat.SCXML.render(tailored, Language.BOKMAL));
    Element mapping =
        (Element) scxml.getElementsByTagNameNS(DiagramFormat.SCXML_NAMESPACE, "state").item(1);
    assertThat(mapping.getAttributeNS(DiagramFormat.SCXML_LABELS_NAMESPACE, "label"))
        .isEqualTo(nasty);
    assertThat(DiagramFormat.DOT.render(tailored, Language.BOKMAL))
        .contains("[label=\"Fase \\\"A\\\" & <B>; #1: 'x'\\nnew line\"]");
    assertThat(DiagramFormat.MERMAID.render(tailored, Language.BOKMAL))
        .contains(
            "state \"Fase #quot;A#quot; & #lt;B#gt;#59; #35;1#58; 'x' new line\" as mapping\n");
  }

  @Test
  void producesTheSameBytesForTheSameInput() {
    ProcessDefinition copy = STANDARD.withVersion(1);
    assertThat(DiagramFormat.MERMAID.render(copy, Language.NYNORSK))
        .isEqualTo(DiagramFormat.MERMAID.render(STANDARD, Language.NYNORSK));
    assertThat(DiagramFormat.DOT.render(copy, Language.ENGLISH))
        .isEqualTo(DiagramFormat.DOT.render(STANDARD, Language.ENGLISH));
    assertThat(DiagramFormat.SCXML.render(copy, Language.BOKMAL))
        .isEqualTo(DiagramFormat.SCXML.render(STANDARD, Language.BOKMAL));
  }

  @Test
  void showsAnAddedPhaseWhereTailoringPutIt() {
    ProcessDefinition tailored =
        STANDARD
            .tailor("panel", 1)
            .addPhase(Phase.of("citizen-panel", LocalizedText.of("Innbyggerpanel")), "mapping")
            .redirect("begin-planning", "citizen-panel")
            .addTransition(
                no.levehelelivet.process.Transition.move(
                        no.levehelelivet.process.Trigger.of(
                            "panel-done", LocalizedText.of("Panel ferdig")),
                        "citizen-panel",
                        "plan-and-decide")
                    .addRole(Role.PROCESS_LEAD)
                    .build())
            .build();
    assertThat(DiagramFormat.MERMAID.render(tailored, Language.BOKMAL))
        .contains("    mapping --> citizen_panel : Start planleggingen\n")
        .contains("    citizen_panel --> plan_and_decide : Panel ferdig\n");
  }

  @Test
  void looksUpEachFormatByItsCodeAndRefusesAnUnknownOne() {
    for (DiagramFormat format : DiagramFormat.values()) {
      assertThat(DiagramFormat.fromCode(format.code())).isSameAs(format);
    }
    assertThat(DiagramFormat.values())
        .extracting(DiagramFormat::code)
        .containsExactly("mermaid", "dot", "scxml");
    assertThatThrownBy(() -> DiagramFormat.fromCode("svg"))
        .isInstanceOfSatisfying(
            UnknownCodeException.class,
            e -> assertThat(e.validCodes()).containsExactly("mermaid", "dot", "scxml"));
  }

  @Test
  void notesTheRevisitsAndStatusChangesOfTheMermaidDiagramBesideTheLastPhase() {
    java.util.Set<String> elsewhere = new java.util.LinkedHashSet<>();
    java.util.List<String> statusChanges = new java.util.ArrayList<>();
    java.util.List<Phase> phases = STANDARD.phases();
    for (int i = 0; i < phases.size(); i++) {
      for (no.levehelelivet.process.Transition transition :
          STANDARD.transitionsFrom(phases.get(i).code())) {
        String label = transition.trigger().label(Language.ENGLISH);
        switch (transition.kind()) {
          // a revisit is drawn from a phase that has an earlier one to go back to
          case REVISIT -> {
            if (i > 0) {
              elsewhere.add(label);
            }
          }
          case PAUSE, RESUME, ABANDON -> statusChanges.add(label);
          default -> {}
        }
      }
    }
    elsewhere.addAll(statusChanges);

    assertThat(elsewhere).contains("Pause");
    assertThat(DiagramFormat.MERMAID.render(STANDARD, Language.ENGLISH))
        .contains(
            "    note right of implement_and_evaluate : " + String.join(", ", elsewhere) + "\n");
  }
}
