package no.levehelelivet.core.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import no.levehelelivet.core.CoreCode;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.LocalizedText;

/**
 * The labels of every coded catalogue item, read once from the UTF-8 resource bundles {@code
 * no/levehelelivet/core/labels.properties} and {@code concepts.properties} (bokmål, the base) and
 * their {@code _nn} and {@code _en} siblings. A key missing in nynorsk or English falls back to
 * bokmål; a key in both bundles of one language is a packaging error.
 */
public final class Labels {

  // the seed concepts keep their own bundle, so that their keys and the older labels change apart
  private static final ImmutableList<String> BASES =
      ImmutableList.of("/no/levehelelivet/core/labels", "/no/levehelelivet/core/concepts");

  private static final ImmutableMap<Language, ImmutableMap<String, String>> TABLES = load();

  private Labels() {}

  private static ImmutableMap<Language, ImmutableMap<String, String>> load() {
    ImmutableMap.Builder<Language, ImmutableMap<String, String>> tables = ImmutableMap.builder();
    for (Language language : Language.values()) {
      ImmutableMap.Builder<String, String> table = ImmutableMap.builder();
      for (String base : BASES) {
        String name =
            language == Language.BOKMAL
                ? base + ".properties"
                : base + "_" + language.code() + ".properties";
        read(name, table);
      }
      tables.put(language, table.buildOrThrow());
    }
    return tables.buildOrThrow();
  }

  private static void read(String name, ImmutableMap.Builder<String, String> table) {
    try (InputStream in = Labels.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            CoreCode.MISSING_RESOURCE.code() + ": label bundle " + name + " is missing");
      }
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, UTF_8)) {
        properties.load(reader);
      }
      for (String key : properties.stringPropertyNames()) {
        table.put(key, properties.getProperty(key));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          CoreCode.MISSING_RESOURCE.code() + ": label bundle " + name + " is unreadable", e);
    }
  }

  /**
   * Returns the label for {@code key} in {@code language}, falling back to bokmål.
   *
   * @throws IllegalStateException if not even a bokmål label exists (a packaging error)
   */
  public static String get(String key, Language language) {
    String label = table(language).get(key);
    if (label == null) {
      label = table(Language.BOKMAL).get(key);
    }
    if (label == null) {
      throw new IllegalStateException(
          CoreCode.MISSING_RESOURCE.code() + ": no label for key \"" + key + "\"");
    }
    return label;
  }

  /**
   * Returns the text for {@code key} in every language that writes it, without fallback, so that a
   * caller can tell a translated text from one in bokmål only.
   *
   * @throws IllegalStateException if not even a bokmål label exists (a packaging error)
   */
  public static LocalizedText text(String key) {
    Map<Language, String> texts = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      String label = table(language).get(key);
      if (label != null) {
        texts.put(language, label);
      }
    }
    if (!texts.containsKey(Language.BOKMAL)) {
      throw new IllegalStateException(
          CoreCode.MISSING_RESOURCE.code() + ": no label for key \"" + key + "\"");
    }
    return LocalizedText.of(texts);
  }

  /** Whether a label for {@code key} is written in {@code language} itself, without fallback. */
  public static boolean has(String key, Language language) {
    return table(language).containsKey(key);
  }

  private static ImmutableMap<String, String> table(Language language) {
    ImmutableMap<String, String> table = TABLES.get(language);
    if (table == null) {
      throw new IllegalStateException(
          CoreCode.MISSING_RESOURCE.code() + ": no labels for language " + language);
    }
    return table;
  }
}
