package no.levehelelivet.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import no.levehelelivet.core.Measure;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.core.plan.ActivityPlan;
import no.levehelelivet.core.reflection.ReflectionQuestion;
import no.levehelelivet.core.timeline.Milestone;

/**
 * Garbage, truncations and byte mutations of valid documents never make a reader throw: every read
 * ends in a documented result, a value or coded problems.
 */
class FuzzProperties {

  private static final List<Class<?>> TYPES =
      List.of(
          ActivityPlan.class,
          Measure.class,
          Municipality.class,
          ReflectionQuestion.class,
          Milestone.class,
          no.levehelelivet.process.ProcessDefinition.class,
          no.levehelelivet.process.ProcessInstance.class);

  private static final List<String> GOLDENS =
      List.of(
          "activity-plan",
          "measure",
          "municipality",
          "reflection-question",
          "milestone",
          "process-definition",
          "process-instance");

  private final WireCodec codec = WireCodec.standard();

  private void readsToADocumentedResult(byte[] input, Class<?> type) {
    ReadResult<?> json = codec.read(input, type, ReadMode.STRICT);
    ReadResult<?> tolerant = codec.read(input, type, ReadMode.TOLERANT);
    ReadResult<?> yaml =
        codec.readYaml(new String(input, StandardCharsets.UTF_8), type, ReadMode.STRICT);
    for (ReadResult<?> result : List.of(json, tolerant, yaml)) {
      assertThat(result.isSuccess()).isEqualTo(result.problems().isEmpty());
      result.problems().forEach(p -> assertThat(p.pointer()).matches("(/[^/]*)*"));
      if (result.isSuccess()) {
        // What was read can always be written and read again.
        assertThat(codec.read(codec.write(result.orElseThrow()), type, ReadMode.STRICT).isSuccess())
            .isTrue();
      }
    }
  }

  @Property(tries = 400, seed = "4")
  void garbageGivesProblemsNotExceptions(
      @ForAll("garbage") byte[] garbage, @ForAll("types") Class<?> type) {
    readsToADocumentedResult(garbage, type);
  }

  @Property(tries = 400, seed = "4")
  void truncatedDocumentsGiveProblemsNotExceptions(
      @ForAll("goldenIndex") int golden, @ForAll("fractions") double fraction) {
    byte[] whole = Fixtures.bytes("golden/v2/" + GOLDENS.get(golden) + ".json");
    byte[] cut = java.util.Arrays.copyOf(whole, (int) (whole.length * fraction));
    readsToADocumentedResult(cut, TYPES.get(golden));
    if (cut.length < whole.length - 1) {
      assertThat(codec.read(cut, TYPES.get(golden), ReadMode.STRICT).isSuccess()).isFalse();
    }
  }

  @Property(tries = 1000, seed = "4")
  void mutatedDocumentsGiveProblemsNotExceptions(
      @ForAll("goldenIndex") int golden, @ForAll("mutations") List<int[]> mutations) {
    byte[] bytes = Fixtures.bytes("golden/v2/" + GOLDENS.get(golden) + ".json").clone();
    for (int[] mutation : mutations) {
      bytes[mutation[0] % bytes.length] = (byte) mutation[1];
    }
    readsToADocumentedResult(bytes, TYPES.get(golden));
  }

  @Provide
  Arbitrary<byte[]> garbage() {
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
    Arbitrary<byte[]> jsonish =
        Arbitraries.strings()
            .withChars("{}[]\":,0123456789.eE+-truefalsn \\/ abcæ\u0000\t\n")
            .ofMaxLength(200)
            .map(s -> s.getBytes(StandardCharsets.UTF_8));
    return Arbitraries.oneOf(random, jsonish);
  }

  @Provide
  Arbitrary<Class<?>> types() {
    return Arbitraries.of(TYPES);
  }

  @Provide
  Arbitrary<Integer> goldenIndex() {
    return Arbitraries.integers().between(0, GOLDENS.size() - 1);
  }

  @Provide
  Arbitrary<Double> fractions() {
    return Arbitraries.doubles().between(0, 1);
  }

  @Provide
  Arbitrary<List<int[]>> mutations() {
    Arbitrary<int[]> one =
        Combinators.combine(
                Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.oneOf(
                    Arbitraries.integers().between(-128, 127),
                    Arbitraries.of(
                        (int) '"', (int) '{', (int) '}', (int) '[', (int) ',', (int) ':')))
            .as((at, value) -> new int[] {at, value});
    return one.list().ofMinSize(1).ofMaxSize(4);
  }
}
