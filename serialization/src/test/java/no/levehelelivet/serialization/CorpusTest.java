package no.levehelelivet.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.hash.Hashing;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.levehelelivet.core.EntryStatus;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.core.Measure;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.core.Source;
import no.levehelelivet.core.plan.ActivityPlan;
import no.levehelelivet.core.plan.SessionFormat;
import no.levehelelivet.core.reflection.ReflectionQuestion;
import no.levehelelivet.core.timeline.DatePrecision;
import no.levehelelivet.core.timeline.Milestone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The frozen major-1 corpus is upgraded on reading and binds to the values it always meant. */
class CorpusTest {

  private final WireCodec codec = WireCodec.standard();

  static Stream<Arguments> corpus() {
    return Stream.of(
        Arguments.of(
            "activity-plan",
            ActivityPlan.class,
            Fixtures.planWith(Fixtures.seminar().addFormats(SessionFormat.PHYSICAL).build())
                .build()),
        Arguments.of("measure", Measure.class, Fixtures.measure()),
        Arguments.of("municipality", Municipality.class, Fixtures.vefsn()),
        Arguments.of("municipality-oslo", Municipality.class, Municipality.of("Oslo", "0301")),
        Arguments.of("reflection-question", ReflectionQuestion.class, Fixtures.question()),
        Arguments.of(
            "milestone",
            Milestone.class,
            Milestone.builder()
                .code("reform-period")
                .title(LocalizedText.of("Reformperioden", "The reform period"))
                .date(LocalDate.of(2019, 1, 1))
                .endDate(LocalDate.of(2023, 12, 31))
                .precision(DatePrecision.DAY)
                .source(Source.of("helsedirektoratet.no"))
                .status(EntryStatus.CONFIRMED)
                .build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  <T> void readsTheMajorOneDocumentAsTheValueItMeant(String name, Class<T> type, Object expected) {
    ReadResult<T> result =
        codec.read(Fixtures.resource("corpus/v1/" + name + ".json"), type, ReadMode.STRICT);

    assertThat(result.problems()).isEmpty();
    assertThat(result.warnings()).isEmpty();
    assertThat(result.orElseThrow()).isEqualTo(expected);
  }

  @Test
  void writesAnUpgradedDocumentInTheCurrentMajor() {
    Measure measure =
        codec
            .read(Fixtures.resource("corpus/v1/measure.json"), Measure.class, ReadMode.STRICT)
            .orElseThrow();

    assertThat(codec.write(measure)).isEqualTo(Fixtures.resource("golden/v2/measure.json"));
  }

  @Test
  void theCorpusIsFrozen() {
    Map<String, String> pinned = new LinkedHashMap<>();
    for (String line :
        Splitter.on('\n').omitEmptyStrings().split(Fixtures.resource("corpus/v1/SHA256SUMS"))) {
      List<String> parts =
          Splitter.on(CharMatcher.whitespace()).omitEmptyStrings().splitToList(line);
      pinned.put(parts.get(1), parts.get(0));
    }
    assertThat(pinned).hasSize(6);
    pinned.forEach(
        (file, sha256) ->
            assertThat(Hashing.sha256().hashBytes(Fixtures.bytes("corpus/v1/" + file)).toString())
                .as(
                    "corpus/v1/%s was edited; the corpus is frozen: add files, never edit them",
                    file)
                .isEqualTo(sha256));
  }

  @Test
  void refusesAMajorOneDocumentThatUsesAMajorTwoName() {
    ReadResult<Municipality> result =
        codec.read(
            "{\"schemaVersion\": \"1.0\", \"documentType\": \"municipality\", \"name\": \"Vefsn\","
                + " \"kommunenummer\": \"1824\", \"number\": \"1824\"}",
            Municipality.class,
            ReadMode.STRICT);

    assertThat(result.problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(WireCode.UNKNOWN_PROPERTY, "/number"));
  }

  @Test
  void refusesTheCatalogueInMajorOne() {
    assertThat(Schemas.resourceName(DocumentType.CATALOGUE, 1)).isEmpty();
  }
}
