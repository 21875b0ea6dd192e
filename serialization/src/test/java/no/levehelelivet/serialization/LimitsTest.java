package no.levehelelivet.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.core.plan.ActivityPlan;
import org.junit.jupiter.api.Test;

/** Every exceeded limit is a coded problem, never an OutOfMemoryError or StackOverflowError. */
class LimitsTest {

  private final WireCodec codec = WireCodec.standard();

  private static String municipality(String name) {
    return "{\"schemaVersion\": \"2.0\", \"documentType\": \"municipality\", \"name\": \""
        + name
        + "\", \"number\": \"1824\"}";
  }

  @Test
  void refusesADocumentLargerThanTheLimit() {
    WireCodec small =
        WireCodec.builder().limits(Limits.builder().maxDocumentBytes(100).build()).build();

    assertThat(
            small
                .read(municipality("x".repeat(100)), Municipality.class, ReadMode.STRICT)
                .problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(WireCode.DOCUMENT_TOO_LARGE, ""));
  }

  @Test
  void stopsReadingAnEndlessStreamAtTheLimit() {
    WireCodec small =
        WireCodec.builder().limits(Limits.builder().maxDocumentBytes(1000).build()).build();
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return ' ';
          }
        };

    assertThat(small.read(endless, Municipality.class, ReadMode.STRICT).problems())
        .extracting(Problem::code)
        .containsExactly(WireCode.DOCUMENT_TOO_LARGE);
  }

  @Test
  void refusesNestingDeeperThanTheLimitWithoutExhaustingTheStack() {
    String deep = "[".repeat(200_000) + "]".repeat(200_000);

    assertThat(codec.read(deep, Municipality.class, ReadMode.STRICT).problems())
        .extracting(Problem::code)
        .containsExactly(WireCode.NESTING_TOO_DEEP);
  }

  @Test
  void refusesNestingDeeperThanTheLimitInsideADocument() {
    String deep =
        municipality("Vefsn")
            .replace(
                "\"number\"",
                "\"extra\": " + "{\"a\": ".repeat(40) + "1" + "}".repeat(40) + ", \"number\"");

    ReadResult<Municipality> result = codec.read(deep, Municipality.class, ReadMode.STRICT);
    assertThat(result.problems())
        .extracting(Problem::code)
        .containsExactly(WireCode.NESTING_TOO_DEEP);
    assertThat(result.problems().get(0).pointer()).startsWith("/extra/a/a/a");
  }

  @Test
  void refusesAStringLongerThanTheLimit() {
    ReadResult<Municipality> result =
        codec.read(municipality("x".repeat(100_001)), Municipality.class, ReadMode.STRICT);

    assertThat(result.problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(WireCode.STRING_TOO_LONG, "/name"));
  }

  @Test
  void acceptsAStringAtTheLimit() {
    assertThat(
            codec
                .read(municipality("x".repeat(100_000)), Municipality.class, ReadMode.STRICT)
                .isSuccess())
        .isTrue();
  }

  @Test
  void refusesAPropertyNameLongerThanTheLimit() {
    String json =
        municipality("Vefsn").replace("\"number\"", "\"" + "n".repeat(300) + "\": 1, \"number\"");

    assertThat(codec.read(json, Municipality.class, ReadMode.STRICT).problems())
        .extracting(Problem::code)
        .containsExactly(WireCode.STRING_TOO_LONG);
  }

  @Test
  void refusesANumberLongerThanTheLimit() {
    String json = municipality("Vefsn").replace("\"1824\"", "9".repeat(40));

    assertThat(codec.read(json, Municipality.class, ReadMode.STRICT).problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(WireCode.NUMBER_TOO_LONG, "/number"));
  }

  @Test
  void refusesAnArrayWithMoreElementsThanTheLimit() {
    WireCodec small = WireCodec.builder().limits(Limits.builder().maxElements(10).build()).build();
    String plan =
        Fixtures.resource("golden/v2/activity-plan.json")
            .replace("\"Dialogverktøy\"", "\"m\", ".repeat(11) + "\"Dialogverktøy\"");

    assertThat(small.read(plan, ActivityPlan.class, ReadMode.STRICT).problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(WireCode.TOO_MANY_ELEMENTS, "/methods"));
  }

  @Test
  void readsA10000ItemArrayWithinTheStandardLimits() {
    String plan =
        Fixtures.resource("golden/v2/activity-plan.json")
            .replace(
                "\"Dialogverktøy\"", "\"Dialogverktøy\", ".repeat(9_999) + "\"Dialogverktøy\"");

    assertThat(
            codec
                .read(plan.getBytes(StandardCharsets.UTF_8), ActivityPlan.class, ReadMode.STRICT)
                .orElseThrow()
                .methods())
        .hasSize(10_000);
  }

  @Test
  void readsFromAStreamWithinTheLimits() {
    InputStream in = new ByteArrayInputStream(Fixtures.bytes("golden/v2/municipality.json"));

    assertThat(codec.read(in, Municipality.class, ReadMode.STRICT).orElseThrow())
        .isEqualTo(Fixtures.vefsn());
  }

  @Test
  void refusesLimitsThatCannotWork() {
    assertThatThrownBy(() -> Limits.builder().maxDocumentBytes(0))
        .isInstanceOfSatisfying(
            no.levehelelivet.core.InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo(no.levehelelivet.core.ArgumentCode.INVALID_VALUE);
              assertThat(e.field()).isEqualTo("maxDocumentBytes");
              assertThat(e.value()).contains("0");
            });
    assertThatThrownBy(() -> Limits.builder().maxNestingDepth(3))
        .isInstanceOfSatisfying(
            no.levehelelivet.core.InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo(no.levehelelivet.core.ArgumentCode.INVALID_VALUE);
              assertThat(e.field()).isEqualTo("maxNestingDepth");
              assertThat(e.value()).contains("3");
            });
    assertThat(Limits.standard().maxNestingDepth()).isEqualTo(32);
    assertThat(Limits.standard().maxDocumentBytes()).isEqualTo(16L * 1024 * 1024);
  }
}
