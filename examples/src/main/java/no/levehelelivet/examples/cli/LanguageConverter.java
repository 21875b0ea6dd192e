package no.levehelelivet.examples.cli;

import no.levehelelivet.core.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a {@code --lang} value: {@code nb}, {@code nn} or {@code en}. */
final class LanguageConverter implements ITypeConverter<Language> {

  @Override
  public Language convert(String value) {
    for (Language language : Language.values()) {
      if (language.code().equals(value)) {
        return language;
      }
    }
    throw new TypeConversionException("unknown language \"" + value + "\"; use nb, nn or en");
  }
}
