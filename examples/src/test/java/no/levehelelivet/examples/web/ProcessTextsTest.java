package no.levehelelivet.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The process pages' words are complete in bokmål, nynorsk and English. */
class ProcessTextsTest {

  private static Properties bundle(String language) {
    String name = "process_texts_" + language + ".properties";
    try (InputStream in = ProcessTextsTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      Properties texts = new Properties();
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theThreeLanguagesHaveTheSameKeysAndNoneIsBlank() {
    Set<String> bokmal = bundle("nb").stringPropertyNames();
    for (String language : new String[] {"nn", "en"}) {
      Properties texts = bundle(language);
      assertThat(texts.stringPropertyNames()).as(language).isEqualTo(bokmal);
      assertThat(texts.stringPropertyNames()).allMatch(key -> !texts.getProperty(key).isBlank());
    }
    assertThat(bokmal).contains("process.title", "start.title", "definition.title");
  }

  @Test
  void theBundleIsOneOfTheToolsAndItsPatternsFormat() {
    assertThat(WebTexts.BUNDLES).contains("process_texts");
    WebTexts english = WebTexts.of(no.levehelelivet.core.Language.ENGLISH);
    assertThat(english.format("process.stale", 3, 4)).contains("version 3", "version 4");
    assertThat(english.format("definition.problems", 1)).endsWith("one problem.");
    assertThat(english.format("definition.problems", 12)).endsWith("12 problems.");
    assertThat(english.format("process.definition-version", 1200)).isEqualTo("version 1200");
  }
}
