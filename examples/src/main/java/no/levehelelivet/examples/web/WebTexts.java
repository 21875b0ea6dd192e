package no.levehelelivet.examples.web;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import no.levehelelivet.core.Language;

/**
 * The tool's own words (<i>tekstane til verktøyet</i>) in one language: headings, buttons, hints,
 * from {@code texts_nb.properties}, {@code texts_nn.properties} and {@code texts_en.properties}
 * beside this class. What the reform and the process say comes from the catalogue's labels and the
 * library's messages instead.
 */
final class WebTexts {

  /**
   * The bundles the texts come from, one per part of the tool, each as {@code NAME_nb.properties},
   * {@code NAME_nn.properties} and {@code NAME_en.properties} beside this class. A key is in one
   * bundle only.
   */
  static final ImmutableList<String> BUNDLES =
      ImmutableList.of("texts", "reform_texts", "process_texts");

  private static final ImmutableMap<Language, WebTexts> ALL = load();

  private static ImmutableMap<Language, WebTexts> load() {
    Map<Language, WebTexts> all = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      Map<String, String> texts = new HashMap<>();
      for (String name : BUNDLES) {
        ResourceBundle bundle =
            ResourceBundle.getBundle(
                "no.levehelelivet.examples.web." + name,
                language.locale(),
                WebTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES));
        for (String key : bundle.keySet()) {
          if (texts.put(key, bundle.getString(key)) != null) {
            throw new IllegalStateException(
                key + " is in two bundles of the web tool's texts (a packaging error)");
          }
        }
      }
      all.put(language, new WebTexts(language, ImmutableMap.copyOf(texts)));
    }
    return Maps.immutableEnumMap(all);
  }

  private final Language language;
  private final ImmutableMap<String, String> texts;

  private WebTexts(Language language, ImmutableMap<String, String> texts) {
    this.language = language;
    this.texts = texts;
  }

  static WebTexts of(Language language) {
    WebTexts found = ALL.get(language);
    if (found == null) {
      throw new IllegalStateException("no texts for " + language);
    }
    return found;
  }

  Language language() {
    return language;
  }

  /** The text under {@code key}. */
  String get(String key) {
    String text = texts.get(key);
    if (text == null) {
      throw new IllegalStateException(
          "the web tool's " + language.code() + " texts lack " + key + " (a packaging error)");
    }
    return text;
  }

  /** The text under {@code key} with {@code arguments} put in its {@code {0}}, {@code {1}}… */
  String format(String key, Object... arguments) {
    MessageFormat format = new MessageFormat(get(key), language.locale());
    return format.format(arguments);
  }

  /** Every key, for the test that the three languages have the same. */
  ImmutableSet<String> keys() {
    return texts.keySet();
  }
}
