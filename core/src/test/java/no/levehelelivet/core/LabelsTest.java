package no.levehelelivet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import no.levehelelivet.core.guide.GuideTheme;
import no.levehelelivet.core.internal.Labels;
import no.levehelelivet.core.municipality.GovernanceParadigm;
import no.levehelelivet.core.municipality.MunicipalRole;
import org.junit.jupiter.api.Test;

class LabelsTest {

  @Test
  void everyCodedItemHasALabelWrittenInBokmalNynorskAndEnglish() {
    List<String> missing = new ArrayList<>();
    for (Labelled item : CatalogueItems.labelledItems()) {
      String key = keyOf(item);
      for (Language language : Language.values()) {
        if (!Labels.has(key, language)) {
          missing.add(key + " [" + language.code() + "]");
        }
        assertThat(item.label(language)).isNotBlank();
      }
    }
    assertThat(missing).as("labels missing").isEmpty();
  }

  @Test
  void everyDescriptionMottoSloganAndSteeringIsWrittenInEachLanguage() {
    List<String> keys = new ArrayList<>();
    for (Solution solution : Solution.values()) {
      keys.add("solution." + solution.code() + ".description");
    }
    for (MunicipalRole role : MunicipalRole.values()) {
      keys.add("municipal-role." + role.code() + ".motto");
      keys.add("municipal-role." + role.code() + ".slogan");
    }
    for (GovernanceParadigm paradigm : GovernanceParadigm.values()) {
      keys.add("governance-paradigm." + paradigm.code() + ".steering");
    }
    for (String key : keys) {
      for (Language language : Language.values()) {
        assertThat(Labels.has(key, language)).as(key + " [" + language.code() + "]").isTrue();
      }
    }
  }

  @Test
  void labelsDifferBetweenLanguagesWhereTheWordsDo() {
    assertThat(Solution.EVERYDAY_COPING.label(Language.BOKMAL)).isEqualTo("Hverdagsmestring");
    assertThat(Solution.EVERYDAY_COPING.label(Language.NYNORSK)).isEqualTo("Kvardagsmeistring");
    assertThat(Solution.EVERYDAY_COPING.label(Language.ENGLISH)).isEqualTo("Everyday coping");
  }

  @Test
  void nynorskSpellsAldersvennlegOneWayThroughout() throws IOException {
    // Helsedirektoratet's nynorsk: «Eit aldersvennleg Noreg»; never «aldersvenleg»
    Properties nynorsk = new Properties();
    try (Reader in =
        new InputStreamReader(
            Objects.requireNonNull(
                LabelsTest.class.getResourceAsStream("labels_nn.properties"), "labels_nn"),
            StandardCharsets.UTF_8)) {
      nynorsk.load(in);
    }
    List<String> texts = new ArrayList<>();
    nynorsk.forEach((key, value) -> texts.add(key + "=" + value));
    for (no.levehelelivet.core.timeline.Milestone milestone :
        Catalogue.leveHeleLivet().milestones()) {
      texts.add(milestone.code() + ": " + milestone.title(Language.NYNORSK));
      milestone
          .remark()
          .ifPresent(remark -> texts.add(milestone.code() + ": " + remark.in(Language.NYNORSK)));
    }
    assertThat(texts).filteredOn(text -> text.contains("aldersvennleg")).hasSizeGreaterThan(5);
    assertThat(texts)
        .filteredOn(text -> text.toLowerCase(Locale.ROOT).contains("aldersvenl"))
        .isEmpty();
  }

  @Test
  void theNamesTheAuditCorrectedReadAsItSays() {
    // nynorsk: «halde seg til» is "keep to"; the bokmål «forholde seg til» is «forhalde seg til»
    assertThat(Solution.FEWER_PEOPLE_TO_DEAL_WITH.label(Language.NYNORSK))
        .isEqualTo("Færre å forhalde seg til");
    assertThat(Solution.AGE_FRIENDLY_MUNICIPALITIES_NETWORK.label(Language.NYNORSK))
        .isEqualTo("Nasjonalt nettverk for aldersvennlege kommunar");
    // English: idiomatic rather than word for word
    assertThat(Solution.SENIOR_RESOURCE.label(Language.ENGLISH)).isEqualTo("Seniors as a resource");
    assertThat(Solution.MILIEU_WORK_AND_MEALS.label(Language.ENGLISH))
        .isEqualTo("Meals as part of social care");
    assertThat(GuideTheme.CHALLENGE_PICTURE.label(Language.ENGLISH))
        .isEqualTo("Overview of the challenges");
    // the codes stay as they were: vendors store them
    assertThat(Solution.SENIOR_RESOURCE.code()).isEqualTo("senior-resource");
    assertThat(GuideTheme.CHALLENGE_PICTURE.code()).isEqualTo("challenge-picture");
  }

  @Test
  void aTextFromTheBundlesKeepsOnlyTheLanguagesThatWriteIt() {
    LocalizedText text = Labels.text("solution.everyday-coping");

    assertThat(text.texts())
        .containsExactly(
            entry(Language.BOKMAL, "Hverdagsmestring"),
            entry(Language.NYNORSK, "Kvardagsmeistring"),
            entry(Language.ENGLISH, "Everyday coping"));
    assertThatThrownBy(() -> Labels.text("no-such.key"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("LHL-C-900");
  }

  @Test
  void everyConceptIsDescribedInBokmalNynorskAndEnglishInItsOwnBundleKeys() {
    List<String> missing = new ArrayList<>();
    for (Concept concept : Catalogue.leveHeleLivet().concepts()) {
      for (Language language : Language.values()) {
        if (!concept.description().isWrittenIn(language)) {
          missing.add(concept.code() + " [" + language.code() + "]");
        }
      }
    }
    assertThat(missing).as("descriptions missing").isEmpty();
    assertThat(Catalogue.leveHeleLivet().concepts()).hasSize(89);
  }

  @Test
  void anUnknownKeyIsAPackagingErrorWithItsOwnCode() {
    assertThatThrownBy(() -> Labels.get("no-such.key", Language.NYNORSK))
        .isInstanceOf(IllegalStateException.class)
        // the one exact message of LHL-C-900, checked by hand
        .hasMessage("LHL-C-900: no label for key \"no-such.key\"");
  }

  /** The bundle key of an item: its enum type's name in kebab case, and its code. */
  private static String keyOf(Labelled item) {
    String type = ((Enum<?>) item).getDeclaringClass().getSimpleName();
    return type.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT) + "." + item.code();
  }
}
