package no.levehelelivet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FocusAreaTest {

  @Test
  void hasTheFiveFocusAreasWithTheReferenceCodesInOrder() {
    assertThat(FocusArea.values())
        .extracting(FocusArea::code)
        .containsExactly(
            "age-friendly-norway",
            "activity-and-community",
            "food-and-meals",
            "health-care",
            "continuity-of-services");
  }

  @Test
  void carriesTheOfficialNamesInBokmalNynorskAndEnglish() {
    // bokmål: Meld. St. 15 ch. 1; nynorsk: Helsedirektoratet's «Om Leve heile livet-reforma», the
    // fifth mirroring the white paper's «Sammenheng i tjenestene»; English: the ministry's English
    // edition, "A full life – all your life", chapters 5 to 8
    assertThat(FocusArea.AGE_FRIENDLY_NORWAY.label(Language.BOKMAL))
        .isEqualTo("Et aldersvennlig Norge");
    assertThat(FocusArea.AGE_FRIENDLY_NORWAY.label(Language.NYNORSK))
        .isEqualTo("Eit aldersvennleg Noreg");
    assertThat(FocusArea.AGE_FRIENDLY_NORWAY.label(Language.ENGLISH))
        .isEqualTo("An age-friendly Norway");
    assertThat(FocusArea.FOOD_AND_MEALS.label(Language.BOKMAL)).isEqualTo("Mat og måltider");
    assertThat(FocusArea.FOOD_AND_MEALS.label(Language.NYNORSK)).isEqualTo("Mat og måltid");
    assertThat(FocusArea.CONTINUITY_OF_SERVICES.label(Language.BOKMAL))
        .isEqualTo("Sammenheng i tjenestene");
    assertThat(FocusArea.CONTINUITY_OF_SERVICES.label(Language.NYNORSK))
        .isEqualTo("Samanheng i tenestene");
    assertThat(FocusArea.CONTINUITY_OF_SERVICES.label(Language.ENGLISH)).isEqualTo("Coherence");
    assertThat(FocusArea.HEALTH_CARE.label(Language.BOKMAL)).isEqualTo("Helsehjelp");
    assertThat(FocusArea.ACTIVITY_AND_COMMUNITY.label(Language.ENGLISH))
        .isEqualTo("Activity and socialisation");
    assertThat(FocusArea.HEALTH_CARE.label(Language.ENGLISH)).isEqualTo("Healthcare");
  }

  @Test
  void eachFocusAreaHasFiveSolutions() {
    for (FocusArea area : FocusArea.values()) {
      assertThat(area.solutions()).as(area.code()).hasSize(5);
    }
  }

  @Test
  void looksUpByCode() {
    assertThat(FocusArea.fromCode("food-and-meals")).isEqualTo(FocusArea.FOOD_AND_MEALS);
  }

  @Test
  void refusesAnUnknownCodeNamingItAndTheValidOnes() {
    assertThatThrownBy(() -> FocusArea.fromCode("food"))
        .isInstanceOfSatisfying(
            UnknownCodeException.class,
            e -> {
              assertThat(e.type()).isEqualTo("focus area");
              assertThat(e.unknownCode()).isEqualTo("food");
            })
        // the one exact message of LHL-C-001, checked by hand
        .hasMessage(
            "LHL-C-001: unknown focus area code \"food\"; valid codes are: age-friendly-norway,"
                + " activity-and-community, food-and-meals, health-care, continuity-of-services");
  }

  @Test
  void citesTheWhitePaperChapter() {
    assertThat(FocusArea.HEALTH_CARE.source().citation()).contains("Meld. St. 15", "ch. 7");
  }
}
