package no.levehelelivet.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.levehelelivet.core.ArgumentCode;
import no.levehelelivet.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The schemas ship in the jar and can be listed and printed. */
class SchemasTest {

  @Test
  void listsOneSchemaPerDocumentTypeAndMajor() {
    assertThat(Schemas.resourceNames())
        .hasSize(13)
        .contains(
            "no/levehelelivet/serialization/schema/v1/municipality.schema.json",
            "no/levehelelivet/serialization/schema/v2/catalogue.schema.json",
            "no/levehelelivet/serialization/schema/v2/process-instance.schema.json");
  }

  @Test
  void loadsEveryListedSchemaAsDraft202012() {
    for (DocumentType type : DocumentType.values()) {
      for (int major = type.sinceMajor(); major <= 2; major++) {
        assertThat(Schemas.load(type, major))
            .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"")
            .contains("\"const\": \"" + type.code() + "\"");
      }
    }
    assertThat(Schemas.load(DocumentType.MEASURE)).isEqualTo(Schemas.load(DocumentType.MEASURE, 2));
  }

  @Test
  void refusesAMajorWithoutTheType() {
    assertThatThrownBy(() -> Schemas.load(DocumentType.CATALOGUE, 1))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ArgumentCode.INVALID_VALUE);
              assertThat(e.field()).isEqualTo("major");
              assertThat(e.value()).contains("1");
            });
    assertThatThrownBy(() -> Schemas.load(DocumentType.MEASURE, 3))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ArgumentCode.INVALID_VALUE);
              assertThat(e.field()).isEqualTo("major");
              assertThat(e.value()).contains("3");
            });
  }
}
