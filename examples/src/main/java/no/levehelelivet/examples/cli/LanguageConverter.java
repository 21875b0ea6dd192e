package no.levehelelivet.examples.cli;

import no.levehelelivet.core.Language;
import picocli.CommandLine.ITypeConverter;

/** Reads a {@code --lang} value: {@code nb}, {@code nn} or {@code en}. */
final class LanguageConverter implements ITypeConverter<Language> {

  @Override
  public Language convert(String value) {
    for (Language language : Language.values()) {
      if (language.code().equals(value)) {
        return language;
      }
    }
    throw new ValueHint("use nb, nn or en");
  }
}
