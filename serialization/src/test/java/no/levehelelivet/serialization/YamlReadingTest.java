package no.levehelelivet.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import no.levehelelivet.core.Measure;
import no.levehelelivet.core.plan.ActivityPlan;
import org.junit.jupiter.api.Test;

/** YAML written by hand reads with the same rules and errors as JSON, with line and column. */
class YamlReadingTest {

  private final WireCodec codec = WireCodec.standard();

  private static final String MEASURE =
      """
      schemaVersion: "2.0"
      documentType: measure
      title: M\u00e5ltidsvenner i hjemmetjenesten
      description: Frivillige spiser middag med eldre som bor hjemme.
      focusAreas: [food-and-meals, activity-and-community]
      solutions:
        - the-good-meal
        - good-moments
      responsibleSector: health-and-welfare
      collaborators: [voluntary-organisations, home-care]
      """;

  @Test
  void readsAHandWrittenDocument() {
    assertThat(codec.readYaml(MEASURE, Measure.class, ReadMode.STRICT).orElseThrow())
        .isEqualTo(Fixtures.measure());
  }

  @Test
  void readsFromAStream() {
    ByteArrayInputStream in = new ByteArrayInputStream(MEASURE.getBytes(StandardCharsets.UTF_8));

    assertThat(codec.readYaml(in, Measure.class, ReadMode.STRICT).orElseThrow())
        .isEqualTo(Fixtures.measure());
  }

  @Test
  void reportsTheSameCodesWithLineAndColumn() {
    String bad =
        MEASURE
            .replace("health-and-welfare", "space-agency")
            .replace("title:", "owner: Vefsn\ntitle:");

    ReadResult<Measure> result = codec.readYaml(bad, Measure.class, ReadMode.STRICT);

    assertThat(result.problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(
            tuple(WireCode.UNKNOWN_CODE, "/responsibleSector"),
            tuple(WireCode.UNKNOWN_PROPERTY, "/owner"));
    assertThat(result.problems().get(0).line()).hasValue(10);
    assertThat(result.problems().get(1).line()).hasValue(3);
  }

  @Test
  void reportsADuplicateKey() {
    ReadResult<Measure> result =
        codec.readYaml(MEASURE + "title: Igjen\n", Measure.class, ReadMode.STRICT);

    assertThat(result.problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(tuple(WireCode.DUPLICATE_KEY, "/title"));
  }

  @Test
  void reportsAnUnquotedVersionAsAWrongType() {
    ReadResult<Measure> result =
        codec.readYaml(MEASURE.replace("\"2.0\"", "2.0"), Measure.class, ReadMode.STRICT);

    assertThat(result.problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(tuple(WireCode.WRONG_TYPE, "/schemaVersion"));
  }

  @Test
  void reportsMalformedYamlWithItsLine() {
    ReadResult<ActivityPlan> result =
        codec.readYaml(
            "schemaVersion: \"2.0\"\ntitle: [unclosed\n", ActivityPlan.class, ReadMode.STRICT);

    assertThat(result.problems()).extracting(Problem::code).containsExactly(WireCode.MALFORMED);
    assertThat(result.problems().get(0).line()).isPresent();
  }

  @Test
  void refusesHostileYamlWithACodeNotAnError() {
    StringBuilder laughs = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char p = (char) (c - 1);
      laughs
          .append(c)
          .append(": &")
          .append(c)
          .append(" [*")
          .append(p)
          .append(",*")
          .append(p)
          .append(",*")
          .append(p)
          .append(",*")
          .append(p)
          .append(",*")
          .append(p)
          .append("]\n");
    }
    String deep = "a: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";

    for (String hostile : new String[] {laughs.toString(), deep}) {
      ReadResult<Measure> result = codec.readYaml(hostile, Measure.class, ReadMode.STRICT);
      assertThat(result.isSuccess()).isFalse();
      assertThat(result.problems()).isNotEmpty();
    }
    assertThat(codec.readYaml(deep, Measure.class, ReadMode.STRICT).problems())
        .extracting(Problem::code)
        .containsExactly(WireCode.NESTING_TOO_DEEP);
  }
}
