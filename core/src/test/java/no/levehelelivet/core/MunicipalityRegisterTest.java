package no.levehelelivet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The register check of a municipality's number on a date: the county numbers of the versions of
 * Statistics Norway's classification 131 from 2020, and the renumberings the library cites (Solund,
 * Bærum, Ålesund and Haram), each checked by hand against the audit's SSB sources.
 */
class MunicipalityRegisterTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

  @Test
  void acceptsTheNumbersOfTheExamplesOnAnyDayOfTheCurrentRegister() {
    assertThat(Municipality.of("Vefsn", "1824").requireValidOn(TODAY).number()).isEqualTo("1824");
    assertThat(Municipality.of("Grane", "1825").requireValidOn(TODAY).name()).isEqualTo("Grane");
    assertThat(Municipality.of("Oslo", "0301").requireValidOn(TODAY).number()).isEqualTo("0301");
    assertThat(Municipality.of("Solund", "4636").requireValidOn(LocalDate.of(2020, 1, 1)).number())
        .isEqualTo("4636");
  }

  @Test
  void namesSolundsCurrentNumberForItsNumberBefore2020() {
    Municipality before2020 = Municipality.of("Solund", "1412");

    assertThat(before2020.requireValidOn(LocalDate.of(2019, 12, 31))).isSameAs(before2020);
    assertThatThrownBy(() -> before2020.requireValidOn(TODAY))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ArgumentCode.NOT_IN_REGISTER);
              assertThat(e.field()).isEqualTo("kommunenummer");
            })
        .hasMessage(
            "LHL-A-006: kommunenummer must be in force on 2026-12-03 (1412 Solund was retired on"
                + " 2020-01-01; on 2026-12-03 use 4636 Solund), was \"1412\"");
  }

  @Test
  void followsBaerumThroughBothReformsToTheNumberInForceOnTheDate() {
    Municipality baerum2019 = Municipality.of("Bærum", "0219");

    assertThatThrownBy(() -> baerum2019.requireValidOn(LocalDate.of(2022, 6, 1)))
        .hasMessageContaining("use 3024 Bærum)");
    assertThatThrownBy(() -> baerum2019.requireValidOn(TODAY))
        .hasMessageContaining("use 3201 Bærum)");
    assertThat(Municipality.of("Bærum", "3024").requireValidOn(LocalDate.of(2023, 12, 31)).number())
        .isEqualTo("3024");
  }

  @Test
  void namesBothMunicipalitiesThatAlesundWasSplitIntoIn2024() {
    assertThatThrownBy(() -> Municipality.of("Ålesund", "1507").requireValidOn(TODAY))
        .hasMessageContaining(
            "1507 Ålesund was retired on 2024-01-01; on 2026-12-03 use 1508 Ålesund"
                + " or 1580 Haram");
  }

  @Test
  void refusesANumberBeforeItCameIntoForce() {
    assertThatThrownBy(
            () -> Municipality.of("Haram", "1580").requireValidOn(LocalDate.of(2023, 12, 31)))
        .hasMessageContaining("1580 Haram came into force on 2024-01-01");
  }

  @Test
  void refusesANumberWhoseCountyIsNotInTheRegisterInForce() {
    // Viken (30) was a county from 2020 to 2023 only; 99 and 00 never were
    Municipality asker2020 = Municipality.of("Asker", "3025");
    assertThat(asker2020.requireValidOn(LocalDate.of(2021, 3, 1))).isSameAs(asker2020);
    assertThatThrownBy(() -> asker2020.requireValidOn(TODAY))
        .hasMessageContaining("no county 30 is in the register in force on 2026-12-03");
    assertThatThrownBy(() -> Municipality.of("Ingen", "9999").requireValidOn(TODAY))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("LHL-A-006");
    assertThatThrownBy(() -> Municipality.of("Ingen", "0000").requireValidOn(TODAY))
        .hasMessageContaining("no county 00");
    // the county numbers of 2024 were not yet in force in 2023
    assertThatThrownBy(
            () -> Municipality.of("Asker", "3203").requireValidOn(LocalDate.of(2023, 6, 1)))
        .hasMessageContaining("no county 32");
  }

  @Test
  void refusesFrom2024ANumberNoMunicipalityHasThoughItsCountyExists() {
    // 1830 is in Nordland's range but no municipality's number; 1824 next to it is Vefsn's
    assertThatThrownBy(() -> Municipality.of("Ingen", "1830").requireValidOn(TODAY))
        .hasMessageContaining("no municipality has the number in the register in force");
    // from 2020 to 2023 the library knows the counties only, so the same number passes then
    assertThat(Municipality.of("Ingen", "1830").requireValidOn(LocalDate.of(2022, 1, 1)).number())
        .isEqualTo("1830");
  }

  @Test
  void theRegisterOf2024HasThe357MunicipalitiesInTheirCounties() {
    // 357 municipalities from 2024 (snl.no, «Kommune»); the counts per county checked by hand
    assertThat(MunicipalityRegister.current()).hasSize(357);
    assertThat(MunicipalityRegister.current())
        .containsEntry("1824", "Vefsn")
        .containsEntry("1825", "Grane")
        .containsEntry("1832", "Hemnes")
        .containsEntry("4636", "Solund")
        .containsEntry("3201", "Bærum")
        .containsEntry("3203", "Asker")
        .containsEntry("1508", "Ålesund")
        .containsEntry("1580", "Haram")
        .doesNotContainKeys("1412", "1507", "3024", "9999");
    assertThat(
            MunicipalityRegister.current().keySet().stream()
                .filter(number -> number.startsWith("34"))
                .count())
        .as("Innlandet")
        .isEqualTo(46);
    for (String number : MunicipalityRegister.current().keySet()) {
      assertThat(MunicipalityRegister.COUNTIES_2024).contains(number.substring(0, 2));
    }
  }

  @Test
  void readsEachRegisterLineAsNumberTabNameSkippingTheCommentsAtTheTop() {
    // read afresh, not the copy kept since first use: the file opens with five lines of comment
    ImmutableMap<String, String> register =
        MunicipalityRegister.read(MunicipalityRegister.REGISTER);
    assertThat(register).hasSize(357).isEqualTo(MunicipalityRegister.current());
    assertThat(register.keySet()).first().isEqualTo("0301");
    assertThat(register)
        .containsEntry("0301", "Oslo - Oslove")
        .containsEntry("1515", "Herøy (Møre og Romsdal)")
        .containsEntry("1818", "Herøy (Nordland)")
        .containsEntry("1824", "Vefsn");
  }

  @Test
  void aMissingRegisterIsAPackagingErrorNamingTheResource() {
    assertThatThrownBy(
            () -> MunicipalityRegister.read("/no/levehelelivet/core/municipalities-1999.tsv"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "LHL-C-900: the register /no/levehelelivet/core/municipalities-1999.tsv is missing");
  }

  @Test
  void before2020ChecksOnlyTheRenumberingsItCites() {
    // the library holds no register older than 2020: an uncited number passes, a cited one is
    // checked
    Municipality vefsn = Municipality.of("Vefsn", "1824");
    assertThat(vefsn.requireValidOn(LocalDate.of(2019, 6, 1))).isSameAs(vefsn);
    Municipality unknown = Municipality.of("Ingen", "0000");
    assertThat(unknown.requireValidOn(LocalDate.of(2019, 12, 31))).isSameAs(unknown);
    assertThatThrownBy(
            () -> Municipality.of("Solund", "4636").requireValidOn(LocalDate.of(2019, 6, 1)))
        .hasMessageContaining("4636 Solund came into force on 2020-01-01");
  }

  @Test
  void theCurrentRegisterHasTheFifteenCountiesOf2024() {
    assertThat(MunicipalityRegister.COUNTIES_2024)
        .containsExactly(
            "03", "11", "15", "18", "31", "32", "33", "34", "39", "40", "42", "46", "50", "55",
            "56");
    assertThat(MunicipalityRegister.COUNTIES_2020).hasSize(11).contains("30", "38", "54");
  }
}
