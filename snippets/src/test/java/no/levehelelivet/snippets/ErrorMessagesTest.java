package no.levehelelivet.snippets;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.levehelelivet.core.ArgumentCode;
import no.levehelelivet.core.CoreCode;
import no.levehelelivet.core.ErrorCode;
import no.levehelelivet.core.Language;
import no.levehelelivet.process.DefinitionCode;
import no.levehelelivet.process.ReasonCode;
import no.levehelelivet.process.ReplayCode;
import no.levehelelivet.process.journal.JournalCode;
import no.levehelelivet.serialization.WireCode;
import no.levehelelivet.store.StoreCode;
import org.junit.jupiter.api.Test;

/**
 * Every error code has its meaning and remedy, and every reason its message, in bokmål, nynorsk and
 * English. The bundles are read here as files, each language on its own, so that a text missing in
 * one language cannot hide behind another's.
 */
class ErrorMessagesTest {

  /** Every family of error codes; a new family is added here and to ErrorCodeTableTest. */
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

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  @Test
  void everyCodeHasItsMeaningAndRemedyInEveryLanguage() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Class<? extends ErrorCode> family : FAMILIES) {
      for (Language language : Language.values()) {
        Properties bundle = bundle(family, language);
        for (ErrorCode code : family.getEnumConstants()) {
          for (String part : List.of("meaning", "remedy")) {
            String key = code.code() + "." + part;
            String text = bundle.getProperty(key);
            if (text == null || text.isBlank()) {
              missing.add(file(family, language) + ": " + key);
            }
          }
        }
      }
    }
    assertThat(missing).as("texts missing from the message bundles").isEmpty();
  }

  @Test
  void everyReasonCodeHasAMessageTemplateInEveryLanguage() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Language language : Language.values()) {
      Properties bundle = bundle(ReasonCode.class, language);
      for (ReasonCode code : ReasonCode.values()) {
        String key = code.code() + ".message";
        if (bundle.getProperty(key) == null || bundle.getProperty(key).isBlank()) {
          missing.add(file(ReasonCode.class, language) + ": " + key);
        }
      }
    }
    assertThat(missing).as("reason templates missing from the message bundles").isEmpty();
  }

  @Test
  void theLanguagesOfABundleHaveTheSameKeysAndPlaceholders() throws IOException {
    for (Class<? extends ErrorCode> family : FAMILIES) {
      Properties english = bundle(family, Language.ENGLISH);
      Set<String> keys = new TreeSet<>();
      for (Language language : Language.values()) {
        keys.addAll(bundle(family, language).stringPropertyNames());
      }
      for (Language language : Language.values()) {
        Properties bundle = bundle(family, language);
        for (String key : keys) {
          String text = bundle.getProperty(key, "");
          assertThat(text).as(file(family, language) + ": " + key).isNotBlank();
          assertThat(placeholders(text))
              .as("placeholders of %s in %s", key, file(family, language))
              .isEqualTo(placeholders(english.getProperty(key, "")));
        }
      }
    }
  }

  @Test
  void theEnglishBundleSaysWhatTheEnumsSayAndNorwegianIsNoCopyOfIt() throws IOException {
    for (Class<? extends ErrorCode> family : FAMILIES) {
      Properties english = bundle(family, Language.ENGLISH);
      for (ErrorCode code : family.getEnumConstants()) {
        assertThat(english.getProperty(code.code() + ".meaning"))
            .as(code.code())
            .isEqualTo(code.meaning())
            .isEqualTo(code.meaning(Language.ENGLISH));
        assertThat(english.getProperty(code.code() + ".remedy"))
            .as(code.code())
            .isEqualTo(code.remedy())
            .isEqualTo(code.remedy(Language.ENGLISH));
        for (Language norwegian : List.of(Language.BOKMAL, Language.NYNORSK)) {
          assertThat(code.meaning(norwegian)).as(code.code()).isNotEqualTo(code.meaning());
          assertThat(code.remedy(norwegian)).as(code.code()).isNotEqualTo(code.remedy());
        }
      }
    }
  }

  @Test
  void givesMeaningAndRemedyInBokmalAndNynorsk() {
    assertThat(ArgumentCode.INVALID_VALUE.meaning(Language.BOKMAL))
        .isEqualTo("et felt i en verdi bryter regelen sin");
    assertThat(ArgumentCode.INVALID_VALUE.meaning(Language.NYNORSK))
        .isEqualTo("eit felt i ein verdi bryt regelen sin");
    assertThat(ReasonCode.NOTE_REQUIRED.remedy(Language.BOKMAL))
        .isEqualTo("skriv en merknad som sier hvorfor");
    assertThat(ReasonCode.NOTE_REQUIRED.remedy(Language.NYNORSK))
        .isEqualTo("skriv ein merknad som seier kvifor");
    assertThat(JournalCode.HEAD_MISMATCH.remedy(Language.NYNORSK))
        .isEqualTo("hent oppføringane som manglar, attende frå ein påliteleg kopi");
    assertThat(WireCode.MISSING_VALUE.meaning(Language.BOKMAL))
        .isEqualTo("en påkrevd verdi mangler");
    assertThat(WireCode.MISSING_VALUE.meaning(Language.NYNORSK))
        .isEqualTo("ein påkravd verdi manglar");
  }

  private static Set<Integer> placeholders(String text) {
    Set<Integer> indices = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      indices.add(Integer.parseInt(matcher.group(1)));
    }
    return indices;
  }

  private static String file(Class<?> family, Language language) {
    return family.getPackageName().replace('.', '/')
        + "/messages_"
        + language.code()
        + ".properties";
  }

  private static Properties bundle(Class<?> family, Language language) throws IOException {
    String name = "messages_" + language.code() + ".properties";
    try (InputStream in = family.getResourceAsStream(name)) {
      if (in == null) {
        throw new AssertionError("no message bundle " + file(family, language));
      }
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, UTF_8)) {
        properties.load(reader);
      }
      return properties;
    }
  }
}
