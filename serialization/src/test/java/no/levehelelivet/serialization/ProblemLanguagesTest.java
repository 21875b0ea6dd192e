package no.levehelelivet.serialization;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.levehelelivet.core.Language;
import org.junit.jupiter.api.Test;

/**
 * A read problem in bokmål, nynorsk and English; the expected sentences are written out by hand.
 */
class ProblemLanguagesTest {

  private final WireCodec codec = WireCodec.standard();

  private Problem missingDocumentType() {
    String json = "{\"schemaVersion\": \"2.0\", \"title\": \"x\"}";
    ReadResult<Object> result = codec.readDocument(json.getBytes(UTF_8), ReadMode.STRICT);
    assertThat(result.problems()).hasSize(1);
    return result.problems().get(0);
  }

  @Test
  void saysWhatTheCodeMeansAndWhatToDoInBokmalAndNynorsk() {
    Problem problem = missingDocumentType();

    assertThat(problem.code()).isEqualTo(WireCode.WRONG_DOCUMENT_TYPE);
    assertThat(problem.message(Language.BOKMAL))
        .isEqualTo(
            "documentType mangler eller er ikke typen det ble spurt etter; les dokumentet som"
                + " typen det oppgir");
    assertThat(problem.message(Language.NYNORSK))
        .isEqualTo(
            "documentType manglar eller er ikkje typen det vart spurt etter; les dokumentet som"
                + " typen det gjev opp");
  }

  @Test
  void keepsTheDetailedEnglishMessage() {
    Problem problem = missingDocumentType();

    assertThat(problem.message(Language.ENGLISH))
        .isEqualTo(problem.message())
        .startsWith("documentType is missing");
  }

  @Test
  void anUnreadableDocumentsExceptionNamesCodeAndPointerInNynorsk() {
    String json = "{\"schemaVersion\": \"2.0\", \"title\": \"x\"}";
    ReadResult<Object> result = codec.readDocument(json.getBytes(UTF_8), ReadMode.STRICT);

    assertThatThrownBy(result::orElseThrow)
        .isInstanceOfSatisfying(
            WireFormatException.class,
            e -> {
              assertThat(e.message(Language.NYNORSK))
                  .isEqualTo(
                      "LHL-S-012 /documentType: documentType manglar eller er ikkje typen det"
                          + " vart spurt etter; les dokumentet som typen det gjev opp");
              assertThat(e.message(Language.ENGLISH)).isEqualTo(e.getMessage());
            });
  }
}
