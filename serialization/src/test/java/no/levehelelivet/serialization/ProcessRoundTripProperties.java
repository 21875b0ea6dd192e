package no.levehelelivet.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import no.levehelelivet.core.reflection.ReflectionQuestion;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.Trigger;

/**
 * Process instances built by arbitrary walks of commands (criteria recorded with arbitrary
 * evidence, questions answered with arbitrary text, phases moved) read back equal, byte for byte.
 */
class ProcessRoundTripProperties {

  private final WireCodec codec = WireCodec.standard();

  private static final List<String> QUESTIONS =
      ProcessDefinition.standard().questions().stream().map(ReflectionQuestion::code).toList();

  private static final List<String> CRITERIA =
      ProcessDefinition.standard().criteria().stream().map(c -> c.code()).toList();

  @Property(tries = 150, seed = "1824")
  void aProcessReadFromJsonAndWrittenAgainIsByteIdentical(@ForAll("walks") List<Command> walk) {
    ProcessInstance instance = ProcessFixtures.walked(walk);
    byte[] written = codec.writeBytes(instance);
    ReadResult<ProcessInstance> read = codec.read(written, ProcessInstance.class, ReadMode.STRICT);

    assertThat(read.problems()).isEmpty();
    assertThat(read.orElseThrow()).isEqualTo(instance);
    assertThat(codec.writeBytes(read.orElseThrow())).isEqualTo(written);
  }

  @Provide
  Arbitrary<List<Command>> walks() {
    Arbitrary<Actor> actor = Arbitraries.of(ProcessFixtures.LEAD, ProcessFixtures.ADMIN);
    Arbitrary<Command> record =
        Combinators.combine(Arbitraries.of(CRITERIA), actor, WireArbitraries.text())
            .as((criterion, who, evidence) -> Command.recordCriterion(criterion, who, evidence));
    Arbitrary<Command> answer =
        Combinators.combine(Arbitraries.of(QUESTIONS), WireArbitraries.text())
            .as((question, text) -> Command.answer(question, ProcessFixtures.LEAD, text));
    Arbitrary<Command> move =
        Arbitraries.of(
                Trigger.BEGIN_MAPPING,
                Trigger.BEGIN_PLANNING,
                Trigger.ADOPT_PLAN,
                Trigger.BEGIN_IMPLEMENTATION)
            .map(trigger -> Command.of(trigger, ProcessFixtures.LEAD));
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, record),
            net.jqwik.api.Tuple.of(2, answer),
            net.jqwik.api.Tuple.of(2, move))
        .list()
        .ofMaxSize(25);
  }
}
