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
import no.levehelelivet.core.ArgumentCode;
import no.levehelelivet.core.InvalidValueException;
import no.levehelelivet.core.internal.Echo;

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

  @Example
  void failsAValueCheckWithTheArgumentCodeTheFieldAndTheValue() {
    assertThatThrownBy(() -> ProcessMessages.require(false, "definition version", "at least 1", 0))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ArgumentCode.INVALID_VALUE);
              assertThat(e.field()).isEqualTo("definition version");
              assertThat(e.expectation()).isEqualTo("at least 1");
              assertThat(e.value()).contains("0");
              // one echo rule: numbers are not quoted, text is
              assertThat(e.getMessage()).endsWith("was 0");
            });
    assertThatThrownBy(() -> ProcessMessages.requireCode("phase code", "Not A Code"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.getMessage()).endsWith("was \"Not A Code\""));
    ProcessMessages.require(true, "definition version", "at least 1", 1);
  }

  @Example
  void keepsAPercentSignThatStartsNoPlaceholder() {
    assertThat(ProcessMessages.format("LHL-P-001", "100% of %s, %x and 50%", "them"))
        .isEqualTo("LHL-P-001: 100% of them, %x and 50%");
  }

  @Example
  void refusesABlankTextNamingTheField() {
    assertThatThrownBy(() -> ProcessMessages.requireNotBlank("note", " \t"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ArgumentCode.INVALID_VALUE);
              assertThat(e.field()).isEqualTo("note");
              assertThat(e.expectation()).isEqualTo("non-blank");
            });
    ProcessMessages.requireNotBlank("note", "why");
  }

  @Example
  void listsCodesQuotedOrSaysNone() {
    assertThat(ProcessMessages.list(List.of())).isEqualTo("none");
    assertThat(ProcessMessages.list(List.of("mapping", "start-up")))
        .isEqualTo("\"mapping\", \"start-up\"");
  }

  @Property(tries = 200)
  void cutsEchoedInputAtOneLengthWhileTheLibrarysOwnWordsStayWhole(
      @ForAll("longCodes") String code) {
    String expectation = "a lower-kebab-case ASCII code of at most 64 characters";
    assertThatThrownBy(() -> ProcessMessages.requireCode("criterion code", code))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.value()).contains(code);
              assertThat(e.getMessage())
                  .contains(expectation)
                  .endsWith("was \"" + code.substring(0, Echo.MAX_ECHO) + "...\"");
            });
  }

  @Provide
  Arbitrary<String> longCodes() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(65).ofMaxLength(300);
  }
}
