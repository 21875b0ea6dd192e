package no.levehelelivet.core.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Properties;
import no.levehelelivet.core.CoreCode;
import no.levehelelivet.core.Language;

/**
 * The labels of every coded catalogue item, read once from the UTF-8 resource bundle {@code
 * no/levehelelivet/core/labels.properties} (bokmål, the base) and its {@code _nn} and {@code _en}
 * siblings. A key missing in nynorsk or English falls back to bokmål.
 */
public final class Labels {

  private static final String BASE = "/no/levehelelivet/core/labels";

  private static final ImmutableMap<Language, ImmutableMap<String, String>> TABLES = load();

  private Labels() {}

  private static ImmutableMap<Language, ImmutableMap<String, String>> load() {
    ImmutableMap.Builder<Language, ImmutableMap<String, String>> tables = ImmutableMap.builder();
    for (Language language : Language.values()) {
      String name =
          language == Language.BOKMAL
              ? BASE + ".properties"
              : BASE + "_" + language.code() + ".properties";
      tables.put(language, read(name));
    }
    return tables.buildOrThrow();
  }

  private static ImmutableMap<String, String> read(String name) {
    try (InputStream in = Labels.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            CoreCode.MISSING_RESOURCE.code() + ": label bundle " + name + " is missing");
      }
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, UTF_8)) {
        properties.load(reader);
      }
      ImmutableMap.Builder<String, String> table = ImmutableMap.builder();
      for (String key : properties.stringPropertyNames()) {
        table.put(key, properties.getProperty(key));
      }
      return table.buildOrThrow();
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
