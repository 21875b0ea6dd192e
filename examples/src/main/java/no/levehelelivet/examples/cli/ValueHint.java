package no.levehelelivet.examples.cli;

import picocli.CommandLine.TypeConversionException;

/**
 * A converter's refusal of a value, saying only what a valid value looks like; the command adds the
 * option and the value, cut short, to the line it prints.
 */
final class ValueHint extends TypeConversionException {

  private static final long serialVersionUID = 1L;

  ValueHint(String hint) {
    super(hint);
  }
}
