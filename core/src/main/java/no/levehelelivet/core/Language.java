package no.levehelelivet.core;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import no.levehelelivet.core.internal.Codes;
import no.levehelelivet.core.internal.Labels;

/**
 * A language (<i>språk</i>) in which the library offers labels and texts: the two written standards
 * of Norwegian, bokmål and nynorsk, and English. Bokmål is the fallback for anything not
 * translated.
 */
public enum Language implements Labelled {
  /** Norwegian bokmål, code {@code nb}; the fallback language. */
  BOKMAL("nb"),
  /** Norwegian nynorsk, code {@code nn}. */
  NYNORSK("nn"),
  /** English, code {@code en}. */
  ENGLISH("en");

  private static final ImmutableMap<String, Language> BY_CODE = Codes.index(values());

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /**
   * The BCP 47 language tag, which is also the stable code: {@code nb}, {@code nn} or {@code en}.
   */
  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Language language) {
    return Labels.get("language." + code, language);
  }

  /** {@return the locale of this language} */
  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  /**
   * {@return the language with the given code ({@code nb}, {@code nn} or {@code en})}
   *
   * @param code the language's code: {@code nb}, {@code nn} or {@code en}
   * @throws UnknownCodeException if no language has that code
   */
  public static Language fromCode(String code) {
    return Codes.lookup(BY_CODE, "language", code);
  }
}
