package no.levehelelivet.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.levehelelivet.core.Coded;
import no.levehelelivet.core.CoreCode;
import no.levehelelivet.core.ErrorCode;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.process.journal.JournalCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The error-code families of the process module: their form, lookups and documented tables. */
class ErrorCodesTest {

  /** A family: its letter, its constants, its lookup and the source file holding its table. */
  record Family(
      String letter,
      List<ErrorCode> codes,
      Function<String, ? extends ErrorCode> fromCode,
      String source) {
    @Override
    public String toString() {
      return "LHL-" + letter;
    }
  }

  static Stream<Family> families() {
    return Stream.of(
        new Family("P", List.of(ReasonCode.values()), ReasonCode::fromCode, "ReasonCode.java"),
        new Family(
            "D", List.of(DefinitionCode.values()), DefinitionCode::fromCode, "DefinitionCode.java"),
        new Family(
            "J", List.of(JournalCode.values()), JournalCode::fromCode, "journal/JournalCode.java"));
  }

  @ParameterizedTest
  @MethodSource("families")
  void everyCodeIsWellFormedInItsFamilyAndSaysWhatToDo(Family family) {
    for (ErrorCode code : family.codes()) {
      assertThat(ErrorCode.isWellFormed(code.code())).as(code.code()).isTrue();
      assertThat(code.code()).startsWith("LHL-" + family.letter() + "-");
      assertThat(code.meaning()).as(code.code()).isNotBlank();
      assertThat(code.remedy()).as(code.code()).isNotBlank();
    }
  }

  @ParameterizedTest
  @MethodSource("families")
  void noTwoConstantsShareACode(Family family) {
    Set<String> seen = new HashSet<>();
    for (ErrorCode code : family.codes()) {
      assertThat(seen.add(code.code())).as(code.code()).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("families")
  void looksEveryCodeUpByItsCode(Family family) {
    for (ErrorCode code : family.codes()) {
      assertThat(family.fromCode().apply(code.code())).isSameAs(code);
    }
  }

  @ParameterizedTest
  @MethodSource("families")
  void refusesAnUnknownCode(Family family) {
    String unknown = "LHL-" + family.letter() + "-999";
    assertThatThrownBy(() -> family.fromCode().apply(unknown))
        .isInstanceOfSatisfying(
            UnknownCodeException.class,
            e -> {
              assertThat(e.code()).isEqualTo(CoreCode.UNKNOWN_CODE);
              assertThat(e.unknownCode()).isEqualTo(unknown);
            });
    assertThatThrownBy(() -> family.fromCode().apply("LHL-Z-001"))
        .isInstanceOf(UnknownCodeException.class);
  }

  /** The table in the enum's Javadoc lists every constant, in order, with its words. */
  @ParameterizedTest
  @MethodSource("families")
  void documentsEveryCodeInItsTable(Family family) throws IOException {
    String source =
        Files.readString(
            Path.of("src/main/java/no/levehelelivet/process/", family.source()),
            StandardCharsets.UTF_8);
    String javadoc = source.substring(0, source.indexOf("public enum"));
    String flat = javadoc.replaceAll("\\s*\\n\\s*\\*\\s*", " ");
    Matcher row =
        Pattern.compile(
                "<tr><td>\\{@code (LHL-[A-Z]-\\d{3})}</td>\\s*<td>(.*?)</td>\\s*<td>(.*?)</td></tr>")
            .matcher(flat);
    List<List<String>> rows = new ArrayList<>();
    while (row.find()) {
      rows.add(List.of(row.group(1), row.group(2), row.group(3)));
    }
    List<List<String>> expected = new ArrayList<>();
    for (ErrorCode code : family.codes()) {
      expected.add(List.of(code.code(), code.meaning(), code.remedy()));
    }
    assertThat(rows).isEqualTo(expected);
  }

  @Test
  void looksUpTransitionAndDeadlineKindsByCode() {
    assertCodedLookup(TransitionKind.values(), TransitionKind::fromCode);
    assertCodedLookup(DeadlineKind.values(), DeadlineKind::fromCode);
  }

  private static <T extends Coded> void assertCodedLookup(
      T[] values, Function<String, T> fromCode) {
    for (T value : values) {
      assertThat(Coded.isWellFormed(value.code())).as(value.code()).isTrue();
      assertThat(fromCode.apply(value.code())).isSameAs(value);
    }
    assertThatThrownBy(() -> fromCode.apply("no-such-kind"))
        .isInstanceOfSatisfying(
            UnknownCodeException.class, e -> assertThat(e.unknownCode()).isEqualTo("no-such-kind"));
  }
}
