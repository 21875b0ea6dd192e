package no.levehelelivet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import no.levehelelivet.core.internal.Messages;
import org.junit.jupiter.api.Test;

/**
 * Core's error messages in bokmål, nynorsk and English, and the placeholder rule of the message
 * bundles. The expected sentences are written out by hand.
 */
class ErrorMessageLanguagesTest {

  @Test
  void anExceptionKeepsItsEnglishMessageAndGivesTheCodesMeaningInNorwegian() {
    InvalidValueException e =
        InvalidValueException.of(ArgumentCode.INVALID_VALUE, "kommunenummer", "four digits", "824");

    assertThat(e.getMessage())
        .isEqualTo("LHL-A-001: kommunenummer must be four digits, was \"824\"")
        .isEqualTo(e.message(Language.ENGLISH));
    assertThat(e.message(Language.BOKMAL))
        .isEqualTo(
            "LHL-A-001: et felt i en verdi bryter regelen sin; gi en verdi som oppfyller kravet"
                + " meldingen oppgir");
    assertThat(e.message(Language.NYNORSK))
        .isEqualTo(
            "LHL-A-001: eit felt i ein verdi bryt regelen sin; gje ein verdi som oppfyller kravet"
                + " meldinga gjev opp");
  }

  @Test
  void givesAnUnknownCodesMeaningInEachLanguage() {
    UnknownCodeException e = new UnknownCodeException("language", "se", ImmutableList.of("nb"));

    assertThat(e.message(Language.ENGLISH)).isEqualTo(e.getMessage());
    assertThat(e.message(Language.NYNORSK))
        .isEqualTo(
            "LHL-C-001: ein kode som ingen ting av den etterspurde typen har; bruk ein av dei"
                + " gyldige kodane meldinga listar opp");
    assertThat(CoreCode.UNKNOWN_CODE.meaning(Language.ENGLISH))
        .isEqualTo("a code that no item of the asked kind has");
  }

  @Test
  void fillsPlaceholdersAsTextWithoutReadingApostrophesOrTheArguments() {
    assertThat(Messages.fill("the definition's {1} and {0}", ImmutableList.of("{1}", "'a'")))
        .isEqualTo("the definition's 'a' and {1}");
    assertThat(Messages.fill("{x} {} {12", ImmutableList.of())).isEqualTo("{x} {} {12");
    assertThat(Messages.placeholders("{3} {0} {3} {x}")).containsExactly(0, 3);
    assertThatThrownBy(() -> Messages.fill("{2}", ImmutableList.of("a")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("{2}");
  }

  @Test
  void aMissingTextIsAPackagingErrorNamingTheKeyAndFile() {
    assertThatThrownBy(
            () -> Messages.text(ArgumentCode.class, "LHL-A-999.meaning", Language.NYNORSK))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "LHL-C-900: no message \"LHL-A-999.meaning\" in no.levehelelivet.core/"
                + "messages_nn.properties");
  }
}
