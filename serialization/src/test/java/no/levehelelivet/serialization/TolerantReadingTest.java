package no.levehelelivet.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import no.levehelelivet.core.Measure;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.core.plan.ActivityPlan;
import no.levehelelivet.core.plan.SessionFormat;
import org.junit.jupiter.api.Test;

/** A tolerant reader keeps what a newer minor added, as warnings, and never writes it back. */
class TolerantReadingTest {

  private final WireCodec codec = WireCodec.standard();

  private static final String NEWER_MEASURE =
      "{\"schemaVersion\": \"2.4\", \"documentType\": \"measure\", \"title\": \"Måltidsvenner\","
          + " \"focusAreas\": [\"food-and-meals\", \"housing\"], \"solutions\": [],"
          + " \"responsibleSector\": \"health-and-welfare\", \"collaborators\": [],"
          + " \"budget\": {\"amount\": 120000, \"currency\": \"NOK\"}}";

  @Test
  void strictModeRefusesANewerMinorVersion() {
    assertThat(codec.read(NEWER_MEASURE, Measure.class, ReadMode.STRICT).problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(tuple(WireCode.NEWER_MINOR_VERSION, "/schemaVersion"));
  }

  @Test
  void tolerantModeReadsItAndWarnsAboutEveryUnknownFieldAndCode() {
    ReadResult<Measure> result = codec.read(NEWER_MEASURE, Measure.class, ReadMode.TOLERANT);

    assertThat(result.orElseThrow().focusAreas())
        .containsExactly(no.levehelelivet.core.FocusArea.FOOD_AND_MEALS);
    assertThat(result.warnings())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(
            tuple(WireCode.NEWER_MINOR_VERSION, "/schemaVersion"),
            tuple(WireCode.UNKNOWN_CODE, "/focusAreas/1"),
            tuple(WireCode.UNKNOWN_PROPERTY, "/budget"));
    assertThat(result.unknownFields())
        .containsExactly(
            UnknownField.of("/focusAreas/1", "\"housing\""),
            UnknownField.of("/budget", "{\"amount\":120000,\"currency\":\"NOK\"}"));
  }

  @Test
  void neverWritesWhatItDidNotUnderstand() {
    Measure measure = codec.read(NEWER_MEASURE, Measure.class, ReadMode.TOLERANT).orElseThrow();

    assertThatThrownBy(() -> codec.write(measure))
        .isInstanceOfSatisfying(
            UnknownMembersException.class,
            e -> assertThat(e.pointers()).containsExactly("/focusAreas/1", "/budget"));
  }

  @Test
  void tolerantModeIsStrictAboutADocumentOfItsOwnVersion() {
    String current =
        Fixtures.resource("golden/v2/municipality.json")
            .replace("\"number\": \"1824\"", "\"number\": \"1824\", \"mayor\": \"Berit\"");

    assertThat(codec.read(current, Municipality.class, ReadMode.TOLERANT).problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(tuple(WireCode.UNKNOWN_PROPERTY, "/mayor"));
  }

  @Test
  void tolerantModeStillRefusesAnUnknownCodeWhereAValueIsRequired() {
    String newer = NEWER_MEASURE.replace("\"health-and-welfare\"", "\"digitalisation\"");

    assertThat(codec.read(newer, Measure.class, ReadMode.TOLERANT).problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(tuple(WireCode.UNKNOWN_CODE, "/responsibleSector"));
  }

  @Test
  void tolerantModeKeepsAnUnknownSessionFormatAndAnUnknownLanguage() {
    String plan =
        Fixtures.resource("golden/v2/activity-plan.json")
            .replace("\"schemaVersion\": \"2.0\"", "\"schemaVersion\": \"2.4\"")
            .replace("\"phone\"", "\"phone\",\n        \"hologram\"");

    ReadResult<ActivityPlan> result = codec.read(plan, ActivityPlan.class, ReadMode.TOLERANT);

    assertThat(result.orElseThrow().sessions().get(1).formats())
        .containsExactly(SessionFormat.PHONE);
    assertThat(result.unknownFields())
        .containsExactly(UnknownField.of("/sessions/1/formats/1", "\"hologram\""));
  }

  @Test
  void aNewerMajorIsRefusedInEitherMode() {
    String newer = NEWER_MEASURE.replace("\"2.4\"", "\"3.0\"");

    assertThat(codec.read(newer, Measure.class, ReadMode.TOLERANT).problems())
        .extracting(Problem::code)
        .containsExactly(WireCode.UNSUPPORTED_VERSION);
  }
}
