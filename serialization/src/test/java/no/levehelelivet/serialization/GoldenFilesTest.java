package no.levehelelivet.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import no.levehelelivet.core.Measure;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.core.plan.ActivityPlan;
import no.levehelelivet.core.reflection.ReflectionQuestion;
import no.levehelelivet.core.timeline.Milestone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each document type is written byte for byte as its hand-written golden file, and read back. */
class GoldenFilesTest {

  private final WireCodec codec = WireCodec.standard();

  static Stream<Arguments> goldens() {
    return Stream.of(
        Arguments.of("activity-plan", ActivityPlan.class, Fixtures.plan()),
        Arguments.of("measure", Measure.class, Fixtures.measure()),
        Arguments.of("municipality", Municipality.class, Fixtures.vefsn()),
        Arguments.of("reflection-question", ReflectionQuestion.class, Fixtures.question()),
        Arguments.of("milestone", Milestone.class, Fixtures.milestone()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void writesTheGoldenFileByteForByte(String name, Class<?> type, Object value) {
    assertThat(codec.writeBytes(value)).isEqualTo(Fixtures.bytes("golden/v2/" + name + ".json"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  <T> void readsTheGoldenFileBackToTheValue(String name, Class<T> type, Object value) {
    ReadResult<T> result =
        codec.read(Fixtures.resource("golden/v2/" + name + ".json"), type, ReadMode.STRICT);

    assertThat(result.problems()).isEmpty();
    assertThat(result.warnings()).isEmpty();
    assertThat(result.orElseThrow()).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void writesTheSameBytesThroughEveryOutput(String name, Class<?> type, Object value) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    codec.write(value, out);

    assertThat(out.toByteArray()).isEqualTo(codec.writeBytes(value));
    assertThat(codec.write(value)).isEqualTo(Fixtures.resource("golden/v2/" + name + ".json"));
  }

  @org.junit.jupiter.api.Test
  void writesTheLowestMinorThatHoldsTheDocument() {
    // Nothing in a municipality needs minor 1, so its document stays readable by 2.0 readers.
    assertThat(WireCodec.CURRENT_VERSION).isEqualTo("2.3");
    assertThat(codec.write(Fixtures.vefsn())).contains("\"schemaVersion\": \"2.0\"");
  }

  @org.junit.jupiter.api.Test
  void aMeasureNamingKunnskapsdepartementetDeclaresMinor3AndOthersStayAt2Point0() {
    // minor 3 added the actor code ministry-of-education-and-research: a 2.2 reader does not know
    // it
    Measure.Builder measure =
        Measure.builder()
            .title("Samarbeid med skolene")
            .addFocusAreas(no.levehelelivet.core.FocusArea.ACTIVITY_AND_COMMUNITY)
            .responsibleSector(no.levehelelivet.core.municipality.Sector.UPBRINGING)
            .addCollaborators(no.levehelelivet.core.actor.CollaboratingActor.UPBRINGING);
    Measure withoutTheMinistry = measure.build();
    Measure withTheMinistry =
        measure
            .addCollaborators(
                no.levehelelivet.core.actor.CollaboratingActor.MINISTRY_OF_EDUCATION_AND_RESEARCH)
            .build();

    assertThat(codec.write(withoutTheMinistry)).contains("\"schemaVersion\": \"2.0\"");
    String written = codec.write(withTheMinistry);
    assertThat(written)
        .contains("\"schemaVersion\": \"2.3\"")
        .contains("\"ministry-of-education-and-research\"");
    assertThat(codec.read(written, Measure.class, ReadMode.STRICT).orElseThrow())
        .isEqualTo(withTheMinistry);
  }
}
