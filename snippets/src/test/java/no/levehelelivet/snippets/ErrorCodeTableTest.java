package no.levehelelivet.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.levehelelivet.core.ArgumentCode;
import no.levehelelivet.core.CoreCode;
import no.levehelelivet.core.ErrorCode;
import no.levehelelivet.process.DefinitionCode;
import no.levehelelivet.process.ReasonCode;
import no.levehelelivet.process.ReplayCode;
import no.levehelelivet.process.journal.JournalCode;
import no.levehelelivet.serialization.WireCode;
import no.levehelelivet.store.StoreCode;
import org.junit.jupiter.api.Test;

class ErrorCodeTableTest {

  /** Every family of error codes, in the order the README lists them. */
  private static final List<Class<? extends ErrorCode>> FAMILIES =
      List.of(
          ArgumentCode.class,
          CoreCode.class,
          ReasonCode.class,
          DefinitionCode.class,
          ReplayCode.class,
          JournalCode.class,
          WireCode.class,
          StoreCode.class);

  @Test
  void theReadmeTableListsEveryErrorCodeWithItsMeaningAndRemedy() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    List<String> expected = new ArrayList<>();
    for (Class<? extends ErrorCode> family : FAMILIES) {
      for (ErrorCode code : family.getEnumConstants()) {
        expected.add(row(code));
      }
    }

    // The command's and the web tool's own families, LHL-U and LHL-W, are the examples module's;
    // their tables are checked there.
    List<String> listed =
        readme
            .lines()
            .filter(
                line ->
                    line.startsWith("| `LHL-")
                        && !line.startsWith("| `LHL-U-")
                        && !line.startsWith("| `LHL-W-"))
            .toList();

    assertThat(listed)
        .as("the README's error-code rows; the table should read:%n%s", String.join("\n", expected))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void everyCodeIsWellFormedUniqueAndFoundAgainByItsFamily() throws ReflectiveOperationException {
    List<String> seen = new ArrayList<>();
    for (Class<? extends ErrorCode> family : FAMILIES) {
      for (ErrorCode code : family.getEnumConstants()) {
        assertThat(ErrorCode.isWellFormed(code.code())).as(code.code()).isTrue();
        assertThat(seen).as("codes seen").doesNotContain(code.code());
        seen.add(code.code());
        assertThat(family.getMethod("fromCode", String.class).invoke(null, code.code()))
            .isSameAs(code);
        assertThat(code.meaning()).as(code.code()).isNotBlank().doesNotContain("|");
        assertThat(code.remedy()).as(code.code()).isNotBlank().doesNotContain("|");
      }
    }
  }

  private static String row(ErrorCode code) {
    return "| `" + code.code() + "` | " + code.meaning() + " | " + code.remedy() + " |";
  }
}
