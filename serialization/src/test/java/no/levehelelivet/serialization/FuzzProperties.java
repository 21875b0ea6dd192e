package no.levehelelivet.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
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
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;

/**
 * The hostile-input suite: garbage, truncations and byte mutations of valid JSON and YAML
 * documents, fed to every reader (JSON and YAML; {@code String}, {@code byte[]} and {@code
 * InputStream}; {@code read} and {@code readDocument}) in both modes. For every read: no exception,
 * every problem has a code and a JSON Pointer, and an accepted value writes (as JSON and as YAML)
 * to bytes that read back to the same bytes, or, if the read kept unknown members, its write is
 * refused with {@code LHL-S-040} naming them.
 *
 * <p>Each try runs one input through all of them, so a property's tries are the tries per reader
 * and mode. Seeds are fixed; tries are jqwik's default (1,000 a property, 3,000 inputs in all);
 * raise them with {@code -Djqwik.tries.default=20000} on the Maven command line.
 */
class FuzzProperties {

  private static final List<Class<?>> TYPES =
      List.of(
          ActivityPlan.class,
          Measure.class,
          Municipality.class,
          ReflectionQuestion.class,
          Milestone.class,
          ProcessDefinition.class,
          ProcessInstance.class);

  private static final List<String> GOLDENS =
      List.of(
          "activity-plan",
          "measure",
          "municipality",
          "reflection-question",
          "milestone",
          "process-definition",
          "process-instance");

  private static final WireCodec CODEC = WireCodec.standard();

  /** The golden documents, as JSON and (written from what they read to) as YAML. */
  private static final List<byte[]> DOCUMENTS = documents();

  private static List<byte[]> documents() {
    List<byte[]> documents = new ArrayList<>();
    for (String golden : GOLDENS) {
      documents.add(Fixtures.bytes("golden/v2/" + golden + ".json"));
    }
    for (String golden : GOLDENS) {
      Object value =
          CODEC
              .readDocument(Fixtures.bytes("golden/v2/" + golden + ".json"), ReadMode.STRICT)
              .orElseThrow();
      documents.add(CODEC.writeYamlBytes(value));
    }
    return List.copyOf(documents);
  }

  private static Class<?> typeOf(int document) {
    return TYPES.get(document % TYPES.size());
  }

  /** Every reader of the codec, named for failure messages. */
  private record Reader(String name, Function<byte[], ReadResult<?>> read) {}

  private static List<Reader> readers(Class<?> type) {
    List<Reader> readers = new ArrayList<>();
    for (ReadMode mode : ReadMode.values()) {
      readers.add(new Reader("json string " + mode, b -> CODEC.read(text(b), type, mode)));
      readers.add(new Reader("json bytes " + mode, b -> CODEC.read(b, type, mode)));
      readers.add(new Reader("json stream " + mode, b -> CODEC.read(stream(b), type, mode)));
      readers.add(new Reader("json document " + mode, b -> CODEC.readDocument(b, mode)));
      readers.add(new Reader("yaml string " + mode, b -> CODEC.readYaml(text(b), type, mode)));
      readers.add(new Reader("yaml bytes " + mode, b -> CODEC.readYaml(b, type, mode)));
      readers.add(new Reader("yaml stream " + mode, b -> CODEC.readYaml(stream(b), type, mode)));
      readers.add(new Reader("yaml document " + mode, b -> CODEC.readYamlDocument(b, mode)));
    }
    return readers;
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static ByteArrayInputStream stream(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  private static void everyReaderGivesADocumentedResult(byte[] input, Class<?> type) {
    for (Reader reader : readers(type)) {
      ReadResult<?> result = reader.read().apply(input);
      assertThat(result.isSuccess()).as(reader.name()).isEqualTo(result.problems().isEmpty());
      for (Problem problem : List.copyOf(concat(result.problems(), result.warnings()))) {
        assertThat(problem.code()).as(reader.name()).isNotNull();
        assertThat(problem.pointer()).as(reader.name()).matches("(/[^/]*)*");
      }
      if (result.isSuccess()) {
        roundTrips(result, reader.name());
      }
    }
  }

  private static List<Problem> concat(List<Problem> first, List<Problem> second) {
    List<Problem> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  /** What was read writes to bytes that read back to the same bytes, in JSON and in YAML. */
  private static void roundTrips(ReadResult<?> result, String reader) {
    Object value = result.orElseThrow();
    if (!result.unknownFields().isEmpty()) {
      assertThatThrownBy(() -> CODEC.writeBytes(value))
          .as(reader)
          .isInstanceOfSatisfying(
              UnknownMembersException.class,
              e ->
                  assertThat(e.pointers())
                      .containsExactlyElementsOf(
                          result.unknownFields().stream().map(UnknownField::pointer).toList()));
      return;
    }
    byte[] json = CODEC.writeBytes(value);
    Object again = CODEC.readDocument(json, ReadMode.STRICT).orElseThrow();
    assertThat(CODEC.writeBytes(again)).as(reader).isEqualTo(json);
    byte[] yaml = CODEC.writeYamlBytes(value);
    Object fromYaml = CODEC.readYamlDocument(yaml, ReadMode.STRICT).orElseThrow();
    assertThat(CODEC.writeYamlBytes(fromYaml)).as(reader).isEqualTo(yaml);
  }

  @Property(seed = "4")
  void garbageGivesProblemsNotExceptions(
      @ForAll("garbage") byte[] garbage, @ForAll("types") Class<?> type) {
    everyReaderGivesADocumentedResult(garbage, type);
  }

  @Property(seed = "4")
  void truncatedDocumentsGiveProblemsNotExceptions(
      @ForAll("documentIndex") int document, @ForAll("fractions") double fraction) {
    byte[] whole = DOCUMENTS.get(document);
    byte[] cut = Arrays.copyOf(whole, (int) (whole.length * fraction));
    everyReaderGivesADocumentedResult(cut, typeOf(document));
    if (cut.length < whole.length / 2) {
      assertThat(CODEC.read(cut, typeOf(document), ReadMode.STRICT).isSuccess()).isFalse();
    }
  }

  @Property(seed = "4")
  void mutatedDocumentsGiveProblemsNotExceptions(
      @ForAll("documentIndex") int document, @ForAll("mutations") List<int[]> mutations) {
    byte[] bytes = DOCUMENTS.get(document).clone();
    for (int[] mutation : mutations) {
      bytes[mutation[0] % bytes.length] = (byte) mutation[1];
    }
    everyReaderGivesADocumentedResult(bytes, typeOf(document));
  }

  @Provide
  Arbitrary<byte[]> garbage() {
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
    Arbitrary<byte[]> jsonish =
        Arbitraries.strings()
            .withChars("{}[]\":,0123456789.eE+-truefalsn \\/ abcæ\u0000\t\n")
            .ofMaxLength(200)
            .map(s -> s.getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> yamlish =
        Arbitraries.strings()
            .withChars("&*!|>-?:#'\"~ \n\t[]{},%@`abc12.")
            .ofMaxLength(200)
            .map(s -> s.getBytes(StandardCharsets.UTF_8));
    return Arbitraries.oneOf(random, jsonish, yamlish);
  }

  @Provide
  Arbitrary<Class<?>> types() {
    return Arbitraries.of(TYPES);
  }

  @Provide
  Arbitrary<Integer> documentIndex() {
    return Arbitraries.integers().between(0, DOCUMENTS.size() - 1);
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
                        (int) '"',
                        (int) '{',
                        (int) '}',
                        (int) '[',
                        (int) ',',
                        (int) ':',
                        (int) '&',
                        (int) '*',
                        (int) '~',
                        (int) '#',
                        (int) '\n',
                        (int) '9')))
            .as((at, value) -> new int[] {at, value});
    return one.list().ofMinSize(1).ofMaxSize(4);
  }
}
