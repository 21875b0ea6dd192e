package no.levehelelivet.examples.web;

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

/** The README's table of the web tool's codes (family LHL-W) is the enum's, row for row. */
class WebCodeTableTest {

  @Test
  void theReadmeTableListsEveryWebCodeWithItsStatusMeaningAndRemedy() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    List<String> expected = new ArrayList<>();
    for (WebCode code : WebCode.values()) {
      expected.add(
          "| `"
              + code.code()
              + "` | "
              + code.status()
              + " | "
              + code.meaning()
              + " | "
              + code.remedy()
              + " |");
    }
    List<String> listed = readme.lines().filter(line -> line.startsWith("| `LHL-W-")).toList();
    assertThat(listed)
        .as("the README's LHL-W rows; the table should read:%n%s", String.join("\n", expected))
        .containsExactlyElementsOf(expected);
    int heading = readme.indexOf("### The web tool's error codes");
    assertThat(heading).isPositive();
    assertThat(readme.indexOf("| `LHL-W-001`")).isGreaterThan(heading);
  }

  @Test
  void everyCodeSaysWhatItMeansAndWhatToDoInBokmalNynorskAndEnglish() {
    for (WebCode code : WebCode.values()) {
      CodeTexts.assertSaidInEveryLanguage(code);
    }
    assertThat(WebCode.PROCESS_EXISTS.meaning(Language.NYNORSK))
        .isEqualTo("ein prosess med denne id-en er alt lagra");
    assertThat(WebCode.PROCESS_EXISTS.meaning(Language.BOKMAL))
        .isEqualTo("en prosess med denne id-en er allerede lagret");
  }

  @Test
  void everyCodeIsWellFormedUniqueAndHasAnHttpErrorStatus() {
    List<String> seen = new ArrayList<>();
    for (WebCode code : WebCode.values()) {
      assertThat(ErrorCode.isWellFormed(code.code())).as(code.code()).isTrue();
      assertThat(code.code()).startsWith("LHL-W-");
      assertThat(seen).doesNotContain(code.code());
      seen.add(code.code());
      assertThat(code.status()).as(code.code()).isBetween(400, 599);
      assertThat(code.meaning()).isNotBlank().doesNotContain("|");
      assertThat(code.remedy()).isNotBlank().doesNotContain("|");
    }
  }
}
