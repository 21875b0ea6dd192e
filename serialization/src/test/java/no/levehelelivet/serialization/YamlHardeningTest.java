package no.levehelelivet.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import no.levehelelivet.core.Measure;
import org.junit.jupiter.api.Test;

/**
 * YAML is held to the wire format's own rules: no anchors or aliases, the codec's limits rather
 * than the YAML engine's, {@code ~} as null, and UTF-8 only (as JSON is).
 */
class YamlHardeningTest {

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

  private ReadResult<Measure> yaml(String text) {
    return codec.readYaml(text, Measure.class, ReadMode.STRICT);
  }

  /**
   * The YAML parser drops an anchor on a plain value without a trace; it is harmless, since no
   * alias can use it, so the alias is what is refused.
   */
  @Test
  void refusesAnAliasInsteadOfReadingItsNameAsText() {
    String aliased =
        MEASURE
            .replace("title: M", "title: &t M")
            .replace("description: Frivillige", "description: *t #");

    assertThat(yaml(aliased).problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(tuple(WireCode.YAML_ANCHOR_OR_ALIAS, "/description"));
  }

  @Test
  void refusesAnAnchorOnAKey() {
    assertThat(yaml(MEASURE.replace("title:", "&k title:")).problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(tuple(WireCode.YAML_ANCHOR_OR_ALIAS, ""));
  }

  @Test
  void refusesAnUndefinedAlias() {
    ReadResult<Measure> result =
        yaml(MEASURE.replace("responsibleSector: health-and-welfare", "responsibleSector: *v"));

    assertThat(result.problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(tuple(WireCode.YAML_ANCHOR_OR_ALIAS, "/responsibleSector"));
    assertThat(result.problems().get(0).line()).hasValue(9);
  }

  @Test
  void refusesAnAnchorOnACollection() {
    assertThat(yaml(MEASURE.replace("solutions:\n", "solutions: &s\n")).problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(tuple(WireCode.YAML_ANCHOR_OR_ALIAS, "/solutions"));
  }

  @Test
  void readsTildeAsNullLikeNull() {
    ReadResult<Measure> tilde =
        yaml(MEASURE.replace("title: M\u00e5ltidsvenner i hjemmetjenesten", "title: ~"));
    ReadResult<Measure> literal =
        yaml(MEASURE.replace("title: M\u00e5ltidsvenner i hjemmetjenesten", "title: null"));

    assertThat(tilde.problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(tuple(WireCode.WRONG_TYPE, "/title"));
    assertThat(tilde.problems().get(0).message()).isEqualTo(literal.problems().get(0).message());
    assertThat(
            yaml(MEASURE.replace("title: M\u00e5ltidsvenner i hjemmetjenesten", "title: '~'"))
                .orElseThrow()
                .title())
        .isEqualTo("~");
  }

  @Test
  void holdsYamlNumbersToTheNumberLimit() {
    String longNumber = "1".repeat(codec.limits().maxNumberLength() + 1);

    assertThat(yaml(MEASURE + "extra: " + longNumber + "\n").problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(tuple(WireCode.NUMBER_TOO_LONG, "/extra"));
  }

  @Test
  void holdsYamlNamesToTheNameLimitAtTheObjectThatHoldsThem() {
    String longName = "n".repeat(codec.limits().maxNameLength() + 1);

    assertThat(yaml(MEASURE + longName + ": 1\n").problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(tuple(WireCode.STRING_TOO_LONG, ""));
  }

  @Test
  void appliesTheCodecsLimitsNotTheYamlEnginesOwn() {
    // Four MiB is over the YAML engine's default of 3 MiB but well under the codec's 16 MiB.
    String comment = "# " + "x".repeat(4 * 1024 * 1024) + "\n";

    assertThat(yaml(comment + MEASURE).orElseThrow()).isEqualTo(Fixtures.measure());
  }

  @Test
  void refusesADocumentOverTheCodecsLimitWithTheLimitsCode() {
    WireCodec small =
        WireCodec.builder().limits(Limits.builder().maxDocumentBytes(4096).build()).build();
    String comment = "# " + "x".repeat(5000) + "\n";

    assertThat(small.readYaml(comment + MEASURE, Measure.class, ReadMode.STRICT).problems())
        .extracting(Problem::code)
        .containsExactly(WireCode.DOCUMENT_TOO_LARGE);
  }

  @Test
  void refusesUtf16AndUtf32InJsonAndYaml() {
    String json = codec.write(Fixtures.measure());
    for (String charset : new String[] {"UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32", "UTF-32LE"}) {
      byte[] jsonBytes = json.getBytes(Charset.forName(charset));
      byte[] yamlBytes = MEASURE.getBytes(Charset.forName(charset));

      assertThat(codec.read(jsonBytes, Measure.class, ReadMode.STRICT).problems())
          .as(charset)
          .extracting(Problem::code)
          .containsExactly(WireCode.NOT_UTF8);
      assertThat(codec.readYaml(yamlBytes, Measure.class, ReadMode.TOLERANT).problems())
          .as(charset)
          .extracting(Problem::code)
          .containsExactly(WireCode.NOT_UTF8);
    }
    byte[] bom = {(byte) 0xFF, (byte) 0xFE};
    byte[] withBom = new byte[bom.length + json.length()];
    System.arraycopy(bom, 0, withBom, 0, 2);
    System.arraycopy(json.getBytes(StandardCharsets.US_ASCII), 0, withBom, 2, json.length());
    assertThat(codec.readDocument(withBom, ReadMode.STRICT).problems())
        .extracting(Problem::code)
        .containsExactly(WireCode.NOT_UTF8);
  }
}
