package no.levehelelivet.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ReformTextsTest {

  @Test
  void theBundleHasTheSameKeysInEveryLanguage() throws IOException {
    Properties nb = load("nb");
    assertThat(nb).isNotEmpty();
    assertThat(load("nn").keySet()).isEqualTo(nb.keySet());
    assertThat(load("en").keySet()).isEqualTo(nb.keySet());
  }

  @Test
  void theToolLoadsTheBundle() {
    assertThat(WebTexts.BUNDLES).contains("reform_texts");
    assertThat(WebTexts.of(no.levehelelivet.core.Language.NYNORSK).get("reform.nav.actors"))
        .isEqualTo("Aktørkart");
  }

  private static Properties load(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        ReformTextsTest.class.getResourceAsStream("reform_texts_" + language + ".properties")) {
      assertThat(in).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
