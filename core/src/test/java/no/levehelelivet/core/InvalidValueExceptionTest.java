package no.levehelelivet.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fields of a refused value, and how a builder's message becomes a missing-attributes one. */
class InvalidValueExceptionTest {

  @Test
  void namesTheCodeTheFieldWhatItMustBeAndTheBadValue() {
    InvalidValueException e =
        InvalidValueException.of(ArgumentCode.INVALID_VALUE, "kommunenummer", "four digits", "824");
    assertThat(e.code()).isEqualTo(ArgumentCode.INVALID_VALUE);
    assertThat(e.field()).isEqualTo("kommunenummer");
    assertThat(e.expectation()).isEqualTo("four digits");
    assertThat(e.value()).hasValue("824");
    assertThat(e).hasMessage("LHL-A-001: kommunenummer must be four digits, was \"824\"");
  }

  @Test
  void aMissingValueIsEchoedAsNullAndHasNoValue() {
    InvalidValueException e =
        InvalidValueException.of(ArgumentCode.INVALID_VALUE, "name", "non-blank", null);
    assertThat(e.value()).isEmpty();
    assertThat(e).hasMessage("LHL-A-001: name must be non-blank, was null");
  }

  @Test
  void contradictingFieldsKeepTheExplanationAsWhatTheyMustBe() {
    InvalidValueException e =
        InvalidValueException.inconsistent("start, end", "the session ends before it starts");
    assertThat(e.expectation()).isEqualTo("the session ends before it starts");
    assertThat(e).hasMessage("LHL-A-002: the session ends before it starts");
  }

  @Test
  void readsTheTypeAndTheMissingAttributesFromTheBuildersMessage() {
    InvalidValueException e =
        new InvalidValueException.MissingAttributes(
            "Cannot build Actor, some of required attributes are not set [id, role]");
    assertThat(e.code()).isEqualTo(ArgumentCode.MISSING_ATTRIBUTES);
    assertThat(e.field()).isEqualTo("id, role");
    assertThat(e).hasMessage("LHL-A-005: Actor needs id, role");
  }

  @Test
  void readsTheTypeWhereTheMessageStartsWithBuild() {
    assertThat(new InvalidValueException.MissingAttributes("build Session, not set [title]"))
        .hasMessage("LHL-A-005: Session needs title");
  }

  @Test
  void readsTheAttributesWhereTheMessageIsOnlyTheirList() {
    InvalidValueException e = new InvalidValueException.MissingAttributes("[title, date]");
    assertThat(e.field()).isEqualTo("title, date");
    assertThat(e).hasMessage("LHL-A-005: the value needs title, date");
  }

  @Test
  void callsTheTypeTheValueWhereTheMessageDoesNotNameIt() {
    InvalidValueException e =
        new InvalidValueException.MissingAttributes("some of required attributes are not set [id]");
    assertThat(e.field()).isEqualTo("id");
    assertThat(e).hasMessage("LHL-A-005: the value needs id");
  }
}
