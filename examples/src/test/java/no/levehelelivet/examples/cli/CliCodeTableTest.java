package no.levehelelivet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.levehelelivet.core.ErrorCode;
import no.levehelelivet.core.Language;
import no.levehelelivet.examples.CodeTexts;
import org.junit.jupiter.api.Test;

/** The README's table of the command's own codes (family LHL-U) is the enum's, row for row. */
class CliCodeTableTest {

  @Test
  void theReadmeTableListsEveryCommandCodeWithItsMeaningAndRemedy() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    List<String> expected = new ArrayList<>();
    for (CliCode code : CliCode.values()) {
      expected.add("| `" + code.code() + "` | " + code.meaning() + " | " + code.remedy() + " |");
    }
    List<String> listed = readme.lines().filter(line -> line.startsWith("| `LHL-U-")).toList();
    assertThat(listed)
        .as("the README's LHL-U rows; the table should read:%n%s", String.join("\n", expected))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void everyCodeSaysWhatItMeansAndWhatToDoInBokmalNynorskAndEnglish() {
    for (CliCode code : CliCode.values()) {
      CodeTexts.assertSaidInEveryLanguage(code);
    }
    assertThat(CliCode.NO_SUCH_FILE.meaning(Language.NYNORSK)).isEqualTo("fila finst ikkje");
    assertThat(CliCode.NO_SUCH_FILE.meaning(Language.BOKMAL)).isEqualTo("filen finnes ikke");
  }

  @Test
  void everyCodeIsWellFormedUniqueAndFoundAgain() {
    List<String> seen = new ArrayList<>();
    for (CliCode code : CliCode.values()) {
      assertThat(ErrorCode.isWellFormed(code.code())).as(code.code()).isTrue();
      assertThat(code.code()).startsWith("LHL-U-");
      assertThat(seen).doesNotContain(code.code());
      seen.add(code.code());
      assertThat(CliCode.fromCode(code.code())).isSameAs(code);
      assertThat(code.meaning()).isNotBlank().doesNotContain("|");
      assertThat(code.remedy()).isNotBlank().doesNotContain("|");
    }
  }
}
