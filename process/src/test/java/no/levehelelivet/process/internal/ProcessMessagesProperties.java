package no.levehelelivet.process.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The engine's messages are formatted without {@link String#format}; for the two placeholders they
 * use, the text must be exactly what {@code String.format(Locale.ROOT, ...)} gives.
 */
class ProcessMessagesProperties {

  /** A template of literal pieces and placeholders, with an argument for each placeholder. */
  record Case(String template, List<Object> arguments) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<String> literal =
        Arbitraries.strings()
            .withCharRange(' ', '~')
            .withChars('æ', 'ø', 'å', 'Æ', 'Ø', 'Å', '\n')
            .excludeChars('%')
            .ofMaxLength(12);
    Arbitrary<Object[]> piece =
        Arbitraries.oneOf(
            literal.map(text -> new Object[] {text, null}),
            Arbitraries.strings().ofMaxLength(10).map(text -> new Object[] {"%s", text}),
            Arbitraries.longs().map(number -> new Object[] {"%d", number}),
            Arbitraries.integers().map(number -> new Object[] {"%d", number}));
    return piece
        .list()
        .ofMaxSize(8)
        .map(
            pieces -> {
              StringBuilder template = new StringBuilder();
              List<Object> arguments = new ArrayList<>();
              for (Object[] p : pieces) {
                template.append(p[0]);
                if (p[1] != null) {
                  arguments.add(p[1]);
                }
              }
              return new Case(template.toString(), List.copyOf(arguments));
            });
  }

  @Property(tries = 500, seed = "20261125")
  void fillsPlaceholdersAsStringFormatDoes(@ForAll("cases") Case c) {
    assertThat(ProcessMessages.format("LHL-P-001", c.template(), c.arguments().toArray()))
        .isEqualTo(
            "LHL-P-001: " + String.format(Locale.ROOT, c.template(), c.arguments().toArray()));
  }

  @Example
  void aPercentSignInAnArgumentIsKeptAsItIs() {
    assertThat(
            ProcessMessages.format("LHL-P-009", "unknown criterion \"%s\" for \"%s\"", "50%s", "x"))
        .isEqualTo("LHL-P-009: unknown criterion \"50%s\" for \"x\"");
  }

  @Example
  void moreArgumentsThanPlaceholdersAreIgnoredAndFewerAreRefused() {
    assertThat(ProcessMessages.format("LHL-P-007", "\"%s\" needs a note", "pause", "extra"))
        .isEqualTo("LHL-P-007: \"pause\" needs a note");
    assertThatThrownBy(() -> ProcessMessages.format("LHL-P-007", "%s and %s", "one"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
