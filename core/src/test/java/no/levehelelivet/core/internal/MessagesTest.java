package no.levehelelivet.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import no.levehelelivet.core.ArgumentCode;
import no.levehelelivet.core.ErrorCode;
import no.levehelelivet.core.Language;
import org.junit.jupiter.api.Test;

/**
 * The message bundles: read from the files beside a family, templates filled in the language asked
 * for, and the edges of the placeholder rule ({@code {0}} to {@code {99}}, anything else kept).
 */
class MessagesTest {

  @Test
  void fillsATemplateInTheLanguageAskedFor() {
    ImmutableList<String> arguments = ImmutableList.of("Kari", "Vefsn");
    assertThat(Messages.format(MessagesTest.class, "greeting.message", Language.NYNORSK, arguments))
        .isEqualTo("Hei, Kari! Velkomen til Vefsn.");
    assertThat(Messages.format(MessagesTest.class, "greeting.message", Language.ENGLISH, arguments))
        .isEqualTo("Hello, Kari! Welcome to Vefsn.");
  }

  /** A family whose one constant has a body, and so a class of its own. */
  private enum SampleCode implements ErrorCode {
    WITH_BODY {
      @Override
      public String remedy() {
        return "none";
      }
    };

    @Override
    public String code() {
      return "LHL-T-001";
    }

    @Override
    public String meaning() {
      return "a sample code";
    }
  }

  @Test
  @SuppressWarnings("GetClassOnEnum") // the subclass is the point: meaning() looks up by getClass()
  void aConstantWithABodyReadsTheBundleOfItsEnum() {
    assertThat(SampleCode.WITH_BODY.getClass()).isNotEqualTo(SampleCode.class);
    assertThat(SampleCode.WITH_BODY.meaning(Language.NYNORSK)).isEqualTo("ein prøvekode");
    assertThat(SampleCode.WITH_BODY.meaning(Language.ENGLISH))
        .isEqualTo(SampleCode.WITH_BODY.meaning());
  }

  @Test
  void readsEveryTextOfABundleFile() {
    // read afresh, not the copy kept since first use
    ImmutableMap<String, String> english =
        Messages.read(ArgumentCode.class, Messages.fileName(Language.ENGLISH));
    assertThat(english)
        .containsEntry("LHL-A-001.meaning", ArgumentCode.INVALID_VALUE.meaning())
        .containsEntry("LHL-A-001.remedy", ArgumentCode.INVALID_VALUE.remedy());
    assertThat(Messages.read(MessagesTest.class, Messages.fileName(Language.BOKMAL)))
        .containsExactly(
            Map.entry("LHL-T-001.meaning", "en prøvekode"),
            Map.entry("greeting.message", "Hei, {0}! Velkommen til {1}."));
  }

  @Test
  void aMissingBundleIsAPackagingErrorNamingThePackageAndFile() {
    assertThatThrownBy(() -> Messages.read(MessagesTest.class, "messages_se.properties"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "LHL-C-900: message bundle no.levehelelivet.core.internal/messages_se.properties is"
                + " missing");
  }

  @Test
  void aPlaceholderBeyondTheLastArgumentIsRefused() {
    assertThat(Messages.fill("{0} og {1}", ImmutableList.of("a", "b"))).isEqualTo("a og b");
    assertThatThrownBy(() -> Messages.fill("{0} og {1}", ImmutableList.of("a")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("placeholder {1} has no argument in \"{0} og {1}\"");
  }

  @Test
  void aPlaceholderHasOneOrTwoDigitsAndItsClosingBrace() {
    ImmutableList<String> arguments =
        ImmutableList.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l");
    assertThat(Messages.fill("{11}{0}", arguments)).isEqualTo("la");
    assertThat(Messages.placeholders("{11}{0}")).containsExactly(0, 11);
    assertThat(Messages.fill("{} {100} {1", arguments)).isEqualTo("{} {100} {1");
    assertThat(Messages.placeholders("{} {100} {1")).isEmpty();
    assertThat(Messages.fill("{1", arguments)).isEqualTo("{1");
    assertThat(Messages.placeholders("{1")).isEmpty();
    assertThat(Messages.placeholders("{}")).isEmpty();
  }
}
