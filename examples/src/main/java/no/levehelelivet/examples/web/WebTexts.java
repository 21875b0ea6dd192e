package no.levehelelivet.examples.web;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import no.levehelelivet.core.Language;

/**
 * The tool's own words (<i>tekstane til verktøyet</i>) in one language: headings, buttons, hints,
 * from {@code texts_nb.properties}, {@code texts_nn.properties} and {@code texts_en.properties}
 * beside this class. What the reform and the process say comes from the catalogue's labels and the
 * library's messages instead.
 */
final class WebTexts {

  private static final ImmutableMap<Language, WebTexts> ALL = load();

  private static ImmutableMap<Language, WebTexts> load() {
    Map<Language, WebTexts> all = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      ResourceBundle bundle =
          ResourceBundle.getBundle(
              "no.levehelelivet.examples.web.texts",
              language.locale(),
              WebTexts.class.getClassLoader(),
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      all.put(language, new WebTexts(language, bundle));
    }
    return Maps.immutableEnumMap(all);
  }

  private final Language language;
  private final ResourceBundle bundle;

  private WebTexts(Language language, ResourceBundle bundle) {
    this.language = language;
    this.bundle = bundle;
  }

  static WebTexts of(Language language) {
    WebTexts texts = ALL.get(language);
    if (texts == null) {
      throw new IllegalStateException("no texts for " + language);
    }
    return texts;
  }

  Language language() {
    return language;
  }

  /** The text under {@code key}. */
  String get(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException(
          "texts_" + language.code() + ".properties lacks " + key + " (a packaging error)", e);
    }
  }

  /** The text under {@code key} with {@code arguments} put in its {@code {0}}, {@code {1}}… */
  String format(String key, Object... arguments) {
    MessageFormat format = new MessageFormat(get(key), language.locale());
    return format.format(arguments);
  }

  /** Every key, for the test that the three languages have the same. */
  java.util.Set<String> keys() {
    return bundle.keySet();
  }
}
