package no.levehelelivet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.levehelelivet.core.plan.ActivityPlan;
import no.levehelelivet.core.plan.Session;
import no.levehelelivet.core.reflection.ReflectionQuestion;
import no.levehelelivet.core.timeline.Milestone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The id rule, the text limit at its edges, and builders that name what is missing. */
class ValueLimitsTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "2026/1234", "kari.nordmann", "Ola Nordmann", "ø-😀", "a b"})
  void idsThatFollowTheRule(String id) {
    assertThat(ValueLimits.isId(id)).isTrue();
    assertThat(ValueLimits.requireId("id", id)).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " a",
        "a ",
        "a\nb",
        "a\tb",
        "a\u0000b",
        "a\u2028b",
        "\u00a0a",
        "a\ud800",
        "\udc00a"
      })
  void idsThatBreakTheRuleAreRefusedWithTheirCode(String id) {
    assertThat(ValueLimits.isId(id)).isFalse();
    assertThatThrownBy(() -> ValueLimits.requireId("actor id", id))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ArgumentCode.INVALID_ID);
              assertThat(e.field()).isEqualTo("actor id");
            });
  }

  @Test
  void anIdIsAtMost256CharactersAndALongOneIsEchoedCut() {
    assertThat(ValueLimits.isId("i".repeat(256))).isTrue();
    assertThat(ValueLimits.isId("i".repeat(257))).isFalse();
    assertThatThrownBy(() -> ValueLimits.requireId("id", "i".repeat(10_000_000)))
        .hasMessageStartingWith("LHL-A-003: id must be an id of 1 to 256 characters")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(250));
  }

  @Test
  void anIdOfOtherScriptsHasTheSameLimitOf256Characters() {
    assertThat(ValueLimits.isId("ø".repeat(256))).isTrue();
    assertThat(ValueLimits.isId("ø".repeat(257))).isFalse();
  }

  @Test
  void aTextWithinTheLimitIsReturnedAsGiven() {
    String longest = "x".repeat(100_000);
    assertThat(ValueLimits.requireText("description", longest)).isSameAs(longest);
    assertThatThrownBy(() -> ValueLimits.requireText("description", longest + "x"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ArgumentCode.BEYOND_LIMIT);
              assertThat(e.field()).isEqualTo("description");
            });
  }

  @Test
  void aListIsAtMost100000ItemsAndALongerOneIsRefusedWithItsCount() {
    assertThat(ValueLimits.requireElements("entries", 0)).isZero();
    assertThat(ValueLimits.requireElements("entries", 100_000)).isEqualTo(100_000);
    assertThatThrownBy(() -> ValueLimits.requireElements("entries", 100_001))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ArgumentCode.BEYOND_LIMIT);
              assertThat(e.field()).isEqualTo("entries");
              assertThat(e.expectation()).isEqualTo("at most 100000 items");
              assertThat(e.value()).hasValue("100001");
            })
        .hasMessage("LHL-A-004: entries must be at most 100000 items, was 100001");
  }

  @Test
  void aTextIsAtMostTheLimitWithoutUnpairedSurrogates() {
    assertThat(ValueLimits.isText("x".repeat(100_000))).isTrue();
    assertThat(ValueLimits.isText("x".repeat(100_001))).isFalse();
    assertThat(ValueLimits.isText("😀")).isTrue();
    assertThat(ValueLimits.isText("a\ud83d")).isFalse();
  }

  @Test
  void aMunicipalityNameBeyondTheLimitIsRefusedWhenBuilt() {
    assertThatThrownBy(() -> Municipality.of("V".repeat(100_001), "1824"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(ArgumentCode.BEYOND_LIMIT));
    assertThat(Municipality.of("V".repeat(100_000), "1824").name()).hasSize(100_000);
  }

  @Test
  void aLocalizedTextBeyondTheLimitIsRefusedWhenBuilt() {
    assertThatThrownBy(() -> LocalizedText.of("x".repeat(100_001), "x"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(ArgumentCode.BEYOND_LIMIT));
  }

  @Test
  void emptyBuildersNameEveryMissingAttributeWithACode() {
    assertMissing(() -> Municipality.builder().build(), "name", "number");
    assertMissing(() -> Measure.builder().build(), "title");
    assertMissing(() -> ActivityPlan.builder().build(), "code");
    assertMissing(() -> Session.builder().build(), "title");
    assertMissing(() -> ReflectionQuestion.builder().build(), "code");
    assertMissing(() -> Milestone.builder().build(), "code");
  }

  private static void assertMissing(Runnable build, String... attributes) {
    assertThatThrownBy(build::run)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ArgumentCode.MISSING_ATTRIBUTES);
              assertThat(e.getMessage()).startsWith("LHL-A-005: ");
              assertThat(e.field()).contains(attributes);
            });
  }
}
