package no.levehelelivet.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import no.levehelelivet.core.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * A definition's digest is its identity in every journal recorded under it: the same for the same
 * definition in every release, and another as soon as anything its encoding documents changes. Each
 * definition here is built afresh, so that its digest is computed in the test.
 */
class DefinitionDigestTest {

  /**
   * The digest of the standard definition as the journals recorded under it hold it: the one in
   * serialization's golden v2 instance document, which must go on replaying.
   */
  private static final String STANDARD_DIGEST =
      "130f4cd12b00d999ccdec1fe77f99421832f44d667fc44790c97a849012e5e44";

  private static final LocalizedText OTHER = LocalizedText.of("Annen", "Anna", "Other");

  private static ProcessDefinition standard() {
    return ProcessDefinition.standard();
  }

  @Test
  void theStandardDefinitionBuiltAfreshHasTheDigestItsRecordedJournalsHold() {
    ProcessDefinition copy = ProcessDefinition.builder().from(standard()).build();

    assertThat(copy.digest().hex()).isEqualTo(STANDARD_DIGEST);
  }

  @Test
  void everyDocumentedPartOfADefinitionIsPartOfItsDigest() {
    ProcessDefinition standard = standard();
    Map<String, ProcessDefinition> changed = new LinkedHashMap<>();
    changed.put("name", build(b -> b.name(OTHER)));
    changed.put("phase label", withPhase(0, p -> p.withLabel(OTHER)));
    changed.put(
        "phase description", withPhase(1, p -> Phase.builder().from(p).description(OTHER).build()));
    changed.put(
        "no phase description",
        withPhase(1, p -> Phase.builder().from(p).description(Optional.empty()).build()));
    changed.put(
        "question text",
        withPhase(
            0,
            p ->
                p.withQuestions(
                    List.of(p.questions().get(0).withText(OTHER), p.questions().get(1)))));
    changed.put(
        "trigger label",
        withTransition(
            0,
            t ->
                Transition.builder()
                    .from(t)
                    .trigger(Trigger.of(t.trigger().code(), OTHER))
                    .build()));
    changed.put(
        "note required",
        withTransition(
            0, t -> Transition.builder().from(t).noteRequired(!t.isNoteRequired()).build()));
    changed.put(
        "criterion label", withCriterion(0, c -> Criterion.builder().from(c).label(OTHER).build()));
    changed.put(
        "evidence required",
        withCriterion(0, c -> c.withEvidenceRequired(!c.isEvidenceRequired())));
    changed.put(
        "recordable early", withCriterion(0, c -> c.withRecordableEarly(!c.isRecordableEarly())));
    changed.put(
        "recording roles",
        withCriterion(0, c -> c.withRecordedBy(Role.PROCESS_LEAD, Role.MUNICIPAL_COUNCIL)));
    changed.put(
        "answering roles",
        build(
            b ->
                b.answeringRoles(
                    standard
                        .answeringRoles()
                        .asList()
                        .subList(0, standard.answeringRoles().size() - 1))));

    List<String> digests = new ArrayList<>();
    digests.add(build(b -> b).digest().hex());
    changed.forEach(
        (part, definition) -> {
          assertThat(definition).as(part).isNotEqualTo(standard);
          digests.add(definition.digest().hex());
        });

    assertThat(digests).as("%s", changed.keySet()).doesNotHaveDuplicates();
  }

  private static ProcessDefinition build(UnaryOperator<ProcessDefinition.Builder> change) {
    return change.apply(ProcessDefinition.builder().from(standard())).build();
  }

  private static ProcessDefinition withPhase(int at, UnaryOperator<Phase> change) {
    List<Phase> phases = new ArrayList<>(standard().phases());
    phases.set(at, change.apply(phases.get(at)));
    return build(b -> b.phases(phases));
  }

  private static ProcessDefinition withTransition(int at, UnaryOperator<Transition> change) {
    List<Transition> transitions = new ArrayList<>(standard().transitions());
    transitions.set(at, change.apply(transitions.get(at)));
    return build(b -> b.transitions(transitions));
  }

  private static ProcessDefinition withCriterion(int at, UnaryOperator<Criterion> change) {
    List<Criterion> criteria = new ArrayList<>(standard().criteria());
    criteria.set(at, change.apply(criteria.get(at)));
    return build(b -> b.criteria(criteria));
  }
}
