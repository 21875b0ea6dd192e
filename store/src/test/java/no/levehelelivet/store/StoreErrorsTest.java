package no.levehelelivet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.levehelelivet.core.Language;
import no.levehelelivet.core.UnknownCodeException;
import org.junit.jupiter.api.Test;

/** A store's errors name their code, the process and the entry, in every language. */
class StoreErrorsTest {

  @Test
  void theEnglishMessageNamesCodeProcessEntryDetailAndRemedy() {
    StoreException e =
        StoreException.of(StoreCode.CHAIN_BROKEN, "vefsn-1", 7, "the digest differs", null);

    assertThat(e.getMessage())
        .isEqualTo(
            "LHL-L-002 [\"vefsn-1\" #7]: a stored journal entry does not verify: an entry, its"
                + " digest or their order was changed in the database (the digest differs);"
                + " restore the process's rows from a trusted backup; never edit stored entries");
    assertThat(e.processId()).contains("vefsn-1");
    assertThat(e.sequence()).hasValue(7);
    assertThat(e.message(Language.ENGLISH)).isEqualTo(e.getMessage());
  }

  @Test
  void inBokmalAndNynorskTheMessageGivesThePlaceAndTheTranslatedMeaning() {
    StoreException e = StoreException.of(StoreCode.PROCESS_NOT_FOUND, "os-2", 0, "", null);

    assertThat(e.message(Language.BOKMAL))
        .isEqualTo(
            "LHL-L-001 [\"os-2\"]: ingen prosess med denne id-en er lagret; opprett prosessen"
                + " først, eller sjekk id-en");
    assertThat(e.message(Language.NYNORSK)).startsWith("LHL-L-001 [\"os-2\"]: ingen prosess");
    assertThat(e.sequence()).isEmpty();
  }

  @Test
  void aLongOrQuotingIdIsCutAndEscapedInTheMessage() {
    String id = "x\"".repeat(60);
    StoreException e = StoreException.of(StoreCode.PROCESS_NOT_FOUND, id, 0, "", null);

    assertThat(e.getMessage()).startsWith("LHL-L-001 [\"" + "x\\\"".repeat(40) + "…\"]: ");
  }

  @Test
  void everyCodeIsFoundByItsCodeAndAnUnknownOneIsRefused() {
    for (StoreCode code : StoreCode.values()) {
      assertThat(StoreCode.fromCode(code.code())).isSameAs(code);
      assertThat(code.code()).startsWith("LHL-L-");
    }
    assertThatThrownBy(() -> StoreCode.fromCode("LHL-L-999"))
        .isInstanceOf(UnknownCodeException.class)
        .hasMessageContaining("LHL-L-999");
  }

  @Test
  void theCauseAndDetailAreKeptAndNoCauseIsInventedWithoutOne() {
    IllegalStateException cause = new IllegalStateException("disk full");
    StoreException caused =
        StoreException.of(StoreCode.CHAIN_BROKEN, "vefsn-1", 7, "the digest differs", cause);
    StoreException alone = StoreException.of(StoreCode.PROCESS_NOT_FOUND, "os-2", 0, "", null);

    assertThat(caused.getCause()).isSameAs(cause);
    assertThat(caused.detail()).isEqualTo("the digest differs");
    assertThat(alone.getCause()).isNull();
    assertThat(alone.detail()).isEmpty();
  }

  @Test
  void aProcessIdOfEightyCharactersIsShownWholeAndALongerOneIsCut() {
    String eighty = "a".repeat(80);
    String longer = "b".repeat(81);

    assertThat(StoreException.of(StoreCode.PROCESS_NOT_FOUND, eighty, 0, "", null).getMessage())
        .startsWith("LHL-L-001 [\"" + eighty + "\"]:");
    assertThat(StoreException.of(StoreCode.PROCESS_NOT_FOUND, longer, 0, "", null).getMessage())
        .startsWith("LHL-L-001 [\"" + "b".repeat(80) + "…\"]:");
  }
}
