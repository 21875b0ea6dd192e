package no.levehelelivet.core.reflection;

import static no.levehelelivet.core.Refusals.assertInvalidValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import no.levehelelivet.core.Catalogue;
import no.levehelelivet.core.CoreCode;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.core.Source;
import no.levehelelivet.core.UnknownCodeException;
import org.junit.jupiter.api.Test;

class ReflectionQuestionTest {

  private final Catalogue catalogue = Catalogue.leveHeleLivet();

  @Test
  void holdsEveryQuestionTheCourseDeckAsks() {
    assertThat(catalogue.reflectionQuestions()).hasSize(20);
    assertThat(catalogue.reflectionQuestions(QuestionTopic.GETTING_STARTED)).hasSize(2);
    assertThat(catalogue.reflectionQuestions(QuestionTopic.TASK_AND_REFLECTION)).hasSize(3);
    assertThat(catalogue.reflectionQuestions(QuestionTopic.CHANGE_AND_MOTIVATION)).hasSize(7);
    assertThat(catalogue.reflectionQuestions(QuestionTopic.MOBILISATION)).hasSize(6);
    assertThat(catalogue.reflectionQuestions(QuestionTopic.ANCHORING)).hasSize(1);
    assertThat(catalogue.reflectionQuestions(QuestionTopic.BUSINESS_AND_SILVER_ECONOMY)).hasSize(1);
  }

  @Test
  void everyQuestionIsInBokmalNynorskAndEnglishAndSaysWhereItIsUsed() {
    for (ReflectionQuestion question : catalogue.reflectionQuestions()) {
      for (Language language : Language.values()) {
        assertThat(question.text().isWrittenIn(language))
            .as(question.code() + " " + language)
            .isTrue();
        assertThat(question.text(language)).as(question.code() + " " + language).endsWith("?");
      }
      assertThat(question.text(Language.NYNORSK))
          .as("%s is translated, not copied", question.code())
          .isNotEqualTo(question.text(Language.BOKMAL));
      assertThat(question.usedIn().citation()).contains("KS Konsulent");
    }
  }

  @Test
  void theMobilisationQuestionsAreEvaSorensens() {
    ReflectionQuestion whoCanHelp = catalogue.reflectionQuestion("who-can-help");
    assertThat(whoCanHelp.text(Language.BOKMAL)).isEqualTo("Hvem kan hjelpe til?");
    assertThat(whoCanHelp.text(Language.ENGLISH)).isEqualTo("Who can help?");
    assertThat(whoCanHelp.attribution()).contains("Eva Sørensen 2020");
    assertThat(whoCanHelp.topic()).isEqualTo(QuestionTopic.MOBILISATION);
  }

  @Test
  void aNynorskMunicipalitySeesTheQuestionsInNynorsk() {
    assertThat(catalogue.reflectionQuestion("who-can-help").text(Language.NYNORSK))
        .isEqualTo("Kven kan hjelpe til?");
    assertThat(catalogue.reflectionQuestion("what-does-it-take").text(Language.NYNORSK))
        .isEqualTo("Kva skal til? Kva må vi vite noko om?");
  }

  @Test
  void refusesAnUnknownQuestionCode() {
    assertThatThrownBy(() -> catalogue.reflectionQuestion("who-cares"))
        .isInstanceOfSatisfying(
            UnknownCodeException.class,
            e -> {
              assertThat(e.code()).isEqualTo(CoreCode.UNKNOWN_CODE);
              assertThat(e.unknownCode()).isEqualTo("who-cares");
              assertThat(e.validCodes()).contains("who-can-help");
            });
  }

  @Test
  void refusesAQuestionWhoseCodeIsNotKebabCase() {
    ReflectionQuestion whoCanHelp = catalogue.reflectionQuestion("who-can-help");
    assertThat(assertInvalidValue(() -> whoCanHelp.withCode("Who can help?"), "code").value())
        .hasValue("Who can help?");
  }

  @Test
  void refusesABlankAttributionButNotAMissingOne() {
    ReflectionQuestion whoCanHelp = catalogue.reflectionQuestion("who-can-help");
    assertThat(whoCanHelp.withAttribution(Optional.empty()).attribution()).isEmpty();
    assertInvalidValue(() -> whoCanHelp.withAttribution(Optional.of(" ")), "attribution");
  }

  @Test
  void aMunicipalityCanWriteItsOwnQuestion() {
    ReflectionQuestion own =
        ReflectionQuestion.builder()
            .code("how-do-we-reach-lonely-elders")
            .topic(QuestionTopic.MOBILISATION)
            .text(LocalizedText.of("Hvordan når vi eldre som er ensomme?"))
            .usedIn(Source.of("Vefsn kommune, prosessteam"))
            .build();
    assertThat(own.text(Language.ENGLISH)).isEqualTo("Hvordan når vi eldre som er ensomme?");
    assertThat(own.attribution()).isEmpty();
  }
}
