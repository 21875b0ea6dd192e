package no.levehelelivet.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import no.levehelelivet.core.Measure;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.core.plan.ActivityPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One test per documented error code: the code and the JSON Pointer, never the wording. */
class NegativeCatalogueTest {

  private final WireCodec codec = WireCodec.standard();

  @ParameterizedTest(name = "{0}")
  @EnumSource(NegativeFixture.class)
  void reportsTheFixturesProblemWithItsCodeAndPointer(NegativeFixture fixture) {
    ReadResult<?> result =
        codec.read(Fixtures.resource(fixture.file), fixture.type, ReadMode.STRICT);

    assertThat(result.isSuccess()).isFalse();
    assertThat(result.value()).isEmpty();
    assertThat(result.problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(fixture.code, fixture.pointer));
  }

  @Test
  void throwsOneWireFormatExceptionCarryingEveryProblem() {
    String json =
        "{\"schemaVersion\": \"2.0\", \"documentType\": \"measure\", \"title\": \" \","
            + " \"focusAreas\": [\"food-and-meals\", \"moon\"], \"solutions\": 3,"
            + " \"responsibleSector\": \"health-and-welfare\", \"collaborators\": [], \"x\": 1}";

    assertThatThrownBy(() -> codec.read(json, Measure.class, ReadMode.STRICT).orElseThrow())
        .isInstanceOfSatisfying(
            WireFormatException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(Problem::code, Problem::pointer)
                  .containsExactly(
                      org.assertj.core.groups.Tuple.tuple(WireCode.INVALID_VALUE, "/title"),
                      org.assertj.core.groups.Tuple.tuple(WireCode.UNKNOWN_CODE, "/focusAreas/1"),
                      org.assertj.core.groups.Tuple.tuple(WireCode.WRONG_TYPE, "/solutions"),
                      org.assertj.core.groups.Tuple.tuple(WireCode.UNKNOWN_PROPERTY, "/x"));
              assertThat(e.code()).isEqualTo(WireCode.INVALID_VALUE);
              assertThat(e.getMessage()).startsWith(WireCode.INVALID_VALUE.code() + " ");
              for (Problem problem : e.problems()) {
                assertThat(occurrences(String.valueOf(e.getMessage()), problem.code().code()))
                    .isOne();
              }
            });
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(NegativeFixture.class)
  void namesEachProblemsCodeOnceInItsLineAndNotInItsMessage(NegativeFixture fixture) {
    Problem problem =
        codec
            .read(Fixtures.resource(fixture.file), fixture.type, ReadMode.STRICT)
            .problems()
            .get(0);

    assertThat(problem.message()).doesNotContain(problem.code().code());
    assertThat(problem.toString()).startsWith(problem.code().code() + " ");
    assertThat(occurrences(problem.toString(), problem.code().code())).isOne();
  }

  private static int occurrences(String text, String code) {
    return text.split(java.util.regex.Pattern.quote(code), -1).length - 1;
  }

  @Test
  void givesTheLineAndColumnOfASyntaxError() {
    ReadResult<Municipality> result =
        codec.read(
            "{\n  \"name\": \"Vefsn\",\n  \"number\" \"1824\"\n}",
            Municipality.class,
            ReadMode.STRICT);

    Problem problem = result.problems().get(0);
    assertThat(problem.code()).isEqualTo(WireCode.MALFORMED);
    assertThat(problem.line()).hasValue(3);
    assertThat(problem.column()).hasValue(12);
  }

  @Test
  void reportsARepeatedSetItemAsAnInvalidValue() {
    ReadResult<Measure> result =
        codec.read(
            "{\"schemaVersion\": \"2.0\", \"documentType\": \"measure\", \"title\": \"T\","
                + " \"focusAreas\": [\"food-and-meals\", \"food-and-meals\"], \"solutions\": [],"
                + " \"responsibleSector\": \"health-and-welfare\", \"collaborators\": []}",
            Measure.class,
            ReadMode.STRICT);

    assertThat(result.problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(WireCode.INVALID_VALUE, "/focusAreas/1"));
  }

  @Test
  void reportsNullAsAWrongTypeEvenForAnOptionalValue() {
    ReadResult<Measure> result =
        codec.read(
            Fixtures.resource("golden/v2/measure.json")
                .replace(
                    "\"description\": \"Frivillige spiser middag med eldre som bor hjemme.\"",
                    "\"description\": null"),
            Measure.class,
            ReadMode.STRICT);

    assertThat(result.problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(WireCode.WRONG_TYPE, "/description"));
  }

  @Test
  void mapsAFieldTheCoreRefusesToItsMember() {
    ReadResult<ActivityPlan> result =
        codec.read(
            Fixtures.resource("golden/v2/activity-plan.json")
                .replace("\"vefsn-autumn-2026\"", "\"Vefsn Autumn\""),
            ActivityPlan.class,
            ReadMode.STRICT);

    assertThat(result.problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(WireCode.INVALID_VALUE, "/code"));
  }

  @Test
  void refusesADocumentThatIsNotAnObject() {
    assertThat(codec.read("[1, 2]", Municipality.class, ReadMode.STRICT).problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(WireCode.WRONG_TYPE, ""));
    assertThat(codec.read("", Municipality.class, ReadMode.STRICT).problems())
        .extracting(Problem::code)
        .containsExactly(WireCode.MALFORMED);
  }

  @Test
  void refusesAMissingOrMalformedEnvelope() {
    assertThat(
            codec
                .read("{\"documentType\": \"municipality\"}", Municipality.class, ReadMode.STRICT)
                .problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(WireCode.UNSUPPORTED_VERSION, "/schemaVersion"));
    assertThat(
            codec
                .read(
                    "{\"schemaVersion\": \"two\", \"documentType\": \"municipality\"}",
                    Municipality.class,
                    ReadMode.STRICT)
                .problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(WireCode.UNSUPPORTED_VERSION, "/schemaVersion"));
    assertThat(
            codec
                .read("{\"schemaVersion\": \"2.0\"}", Municipality.class, ReadMode.STRICT)
                .problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(WireCode.WRONG_DOCUMENT_TYPE, "/documentType"));
  }

  @Test
  void refusesToReadTheCatalogueOrAnUnknownTypeWithTheTypesField() {
    assertRefused(
        () -> codec.read("{}", no.levehelelivet.core.Catalogue.class, ReadMode.STRICT), "type");
    assertRefused(() -> codec.read("{}", String.class, ReadMode.STRICT), "type");
    assertRefused(() -> codec.readYaml("{}", String.class, ReadMode.TOLERANT), "type");
    assertRefused(() -> codec.write("a string"), "value");
  }

  private static void assertRefused(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            no.levehelelivet.core.InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo(no.levehelelivet.core.ArgumentCode.INVALID_VALUE);
              assertThat(e.field()).isEqualTo(field);
            });
  }

  @Test
  void everyCodeIsCoveredByATest() {
    Set<WireCode> covered =
        Arrays.stream(NegativeFixture.values()).map(f -> f.code).collect(Collectors.toSet());
    Set<WireCode> elsewhere =
        EnumSet.of(
            // LimitsTest covers one test per limit.
            WireCode.DOCUMENT_TOO_LARGE,
            WireCode.NESTING_TOO_DEEP,
            WireCode.STRING_TOO_LONG,
            WireCode.NUMBER_TOO_LONG,
            WireCode.TOO_MANY_ELEMENTS,
            // ProcessDocumentsTest covers the process documents' own codes.
            WireCode.INVALID_DEFINITION,
            WireCode.JOURNAL_TAMPERED,
            WireCode.JOURNAL_NOT_REPLAYABLE,
            WireCode.UNKNOWN_DEFINITION,
            // SealedJournalTest covers journals sealed with a chain key.
            WireCode.CHAIN_KEY_UNKNOWN,
            // YamlHardeningTest covers the encoding and YAML's anchors and aliases.
            WireCode.NOT_UTF8,
            WireCode.YAML_ANCHOR_OR_ALIAS,
            // RollingUpgradeTest covers the refused write.
            WireCode.UNKNOWN_MEMBERS_WOULD_BE_LOST);
    assertThat(EnumSet.complementOf(EnumSet.copyOf(covered))).isEqualTo(elsewhere);
  }
}
