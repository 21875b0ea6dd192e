package no.levehelelivet.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import no.levehelelivet.core.ValueLimits;
import no.levehelelivet.core.reflection.ReflectionQuestion;
import no.levehelelivet.process.Accepted;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.Outcome;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.Role;
import no.levehelelivet.process.Trigger;
import no.levehelelivet.process.journal.ChainKey;
import no.levehelelivet.process.journal.JournalEntry;

/**
 * Whatever the engine accepts the standard codec reads back: for any sequence of commands with
 * hostile texts (long, any Unicode, control characters, unpaired surrogates, beyond the limit) and
 * actor ids at the edge of the id rule, writing the instance and reading it STRICT with a fresh
 * standard codec gives an equal instance, and the written size stays within the engine's bound.
 */
class AcceptedRoundTripProperties {

  private static final List<String> QUESTIONS =
      ProcessDefinition.standard().questions().stream().map(ReflectionQuestion::code).toList();

  private static final List<String> CRITERIA =
      ProcessDefinition.standard().criteria().stream().map(c -> c.code()).toList();

  @Property(tries = 60, seed = "1111")
  void everyAcceptedSequenceReadsBackEqual(
      @ForAll("actors") Actor starter, @ForAll("walks") List<Command> walk) {
    ProcessInstance instance =
        ProcessInstance.start(
            ProcessDefinition.standard(),
            "vefsn/2026-1234 æøå",
            Fixtures.vefsn(),
            starter,
            ProcessFixtures.day(0));
    int day = 1;
    for (Command command : walk) {
      Outcome outcome = instance.fire(command, ProcessFixtures.day(day++));
      if (outcome instanceof Accepted accepted) {
        instance = accepted.instance();
      }
    }

    byte[] written = WireCodec.standard().writeBytes(instance);
    ReadResult<ProcessInstance> read =
        WireCodec.builder().build().read(written, ProcessInstance.class, ReadMode.STRICT);

    assertThat(read.problems()).isEmpty();
    assertThat(read.orElseThrow()).isEqualTo(instance);
    assertThat((long) written.length).isLessThanOrEqualTo(instance.writtenSizeBound());

    byte[] yaml = WireCodec.standard().writeYamlBytes(instance);
    ReadResult<ProcessInstance> readYaml =
        WireCodec.builder().build().readYaml(yaml, ProcessInstance.class, ReadMode.STRICT);
    assertThat(readYaml.problems()).isEmpty();
    assertThat(readYaml.orElseThrow()).isEqualTo(instance);
    assertThat((long) yaml.length).isLessThanOrEqualTo(instance.writtenSizeBound());
  }

  @Property(tries = 30, seed = "2222")
  void everyAcceptedSequenceSealedSaltedAndRedactedReadsBackEqualInJsonAndYaml(
      @ForAll("actors") Actor starter, @ForAll("walks") List<Command> walk) {
    ChainKey key = ChainKey.of("vefsn-2026", new byte[32]);
    ProcessInstance instance =
        ProcessInstance.start(
                ProcessDefinition.standard(),
                "vefsn/2026-1234 æøå",
                Fixtures.vefsn(),
                starter,
                ProcessFixtures.day(0))
            .withChainKey(key)
            .withSalts(seeded(walk.size()));
    int day = 1;
    for (Command command : walk) {
      Outcome outcome = instance.fire(command, ProcessFixtures.day(day++));
      if (outcome instanceof Accepted accepted) {
        instance = accepted.instance();
      }
    }
    List<Long> withText = new ArrayList<>();
    for (JournalEntry entry : instance.journal().entries()) {
      if (entry.sequence() > 1 && entry.hasText()) {
        withText.add(entry.sequence());
      }
    }
    if (!withText.isEmpty()) {
      instance =
          instance.redact(
              Actor.of("personvernombud", Role.PROCESS_LEAD),
              "innsyn og sletting etter personvernforordningen artikkel 17",
              withText.subList(0, (withText.size() + 1) / 2),
              ProcessFixtures.day(day));
    }
    if (instance.journal().size() > 1) {
      // the start entry precedes the key; every entry after it is sealed
      assertThat(instance.journal().verify(key).problem()).isEmpty();
    }
    WireCodec codec = WireCodec.builder().chainKey(key).build();
    byte[] json = codec.writeBytes(instance);
    byte[] yaml = codec.writeYamlBytes(instance);

    ReadResult<ProcessInstance> fromJson =
        WireCodec.builder()
            .chainKey(key)
            .build()
            .read(json, ProcessInstance.class, ReadMode.STRICT);
    ReadResult<ProcessInstance> fromYaml =
        WireCodec.builder()
            .chainKey(key)
            .build()
            .readYaml(yaml, ProcessInstance.class, ReadMode.STRICT);
    assertThat(fromJson.problems()).isEmpty();
    assertThat(fromYaml.problems()).isEmpty();
    assertThat(fromJson.orElseThrow()).isEqualTo(instance);
    assertThat(fromYaml.orElseThrow()).isEqualTo(instance);
    assertThat((long) json.length).isLessThanOrEqualTo(instance.writtenSizeBound());
    assertThat((long) yaml.length).isLessThanOrEqualTo(instance.writtenSizeBound());
  }

  private static SecureRandom seeded(long seed) {
    try {
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
      random.setSeed(seed);
      return random;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Texts a caseworker or an attacker may type: short or long, any character, some too long. */
  static Arbitrary<String> hostile() {
    Arbitrary<String> anyChars =
        Arbitraries.strings().all().ofMinLength(1).ofMaxLength(200).filter(s -> !s.isBlank());
    Arbitrary<String> controls =
        Arbitraries.strings()
            .withCharRange('\u0000', '\u001f')
            .withChars('\u007f', '\u0085', '\u2028', '\u2029', '\ufeff', '\uffff', '"', '\\')
            .withChars('a')
            .ofMinLength(1)
            .ofMaxLength(300)
            .filter(s -> !s.isBlank());
    Arbitrary<String> nearLimit =
        Arbitraries.of(
                ValueLimits.MAX_TEXT_LENGTH - 1,
                ValueLimits.MAX_TEXT_LENGTH,
                ValueLimits.MAX_TEXT_LENGTH + 1)
            .flatMap(
                length ->
                    Arbitraries.of("x", "ø", "\u0001", "😀")
                        .map(unit -> unit.repeat(Math.max(1, length / unit.length()))));
    return Arbitraries.frequencyOf(
        Tuple.of(6, WireArbitraries.text()),
        Tuple.of(4, anyChars),
        Tuple.of(3, controls),
        Tuple.of(1, nearLimit));
  }

  @Provide
  Arbitrary<Actor> actors() {
    Arbitrary<String> ids =
        Arbitraries.oneOf(
            Arbitraries.of("kari.lead", "ola nordmann", "ø", "😀x"),
            Arbitraries.strings()
                .withCharRange('!', '~')
                .withChars('æ', 'ø', ' ', '\u00a0')
                .ofMinLength(1)
                .ofMaxLength(ValueLimits.MAX_ID_LENGTH)
                .filter(ValueLimits::isId));
    return ids.map(id -> Actor.of(id, Role.PROCESS_LEAD));
  }

  @Provide
  Arbitrary<List<Command>> walks() {
    Arbitrary<Actor> actor =
        Arbitraries.oneOf(
            Arbitraries.of(ProcessFixtures.LEAD, ProcessFixtures.ADMIN),
            actors().map(a -> Actor.of(a.id(), Role.ADMINISTRATIVE_LEADERSHIP)));
    Arbitrary<Command> record =
        Combinators.combine(Arbitraries.of(CRITERIA), actor, hostile().list().ofMaxSize(3))
            .as(
                (criterion, who, evidence) ->
                    Command.recordCriterion(criterion, who, evidence.toArray(String[]::new)));
    Arbitrary<Command> answer =
        Combinators.combine(Arbitraries.of(QUESTIONS), actor, hostile())
            .as((question, who, text) -> Command.answer(question, who, text));
    Arbitrary<Command> move =
        Arbitraries.of(
                Trigger.BEGIN_MAPPING,
                Trigger.BEGIN_PLANNING,
                Trigger.ADOPT_PLAN,
                Trigger.BEGIN_IMPLEMENTATION)
            .map(trigger -> Command.of(trigger, ProcessFixtures.LEAD));
    Arbitrary<Command> pause =
        hostile().map(note -> Command.of(Trigger.PAUSE, ProcessFixtures.LEAD).withNote(note));
    Arbitrary<Command> resume =
        hostile().map(note -> Command.of(Trigger.RESUME, ProcessFixtures.LEAD).withNote(note));
    return Arbitraries.frequencyOf(
            Tuple.of(4, record),
            Tuple.of(3, answer),
            Tuple.of(2, move),
            Tuple.of(1, pause),
            Tuple.of(1, resume))
        .list()
        .ofMaxSize(20);
  }
}
