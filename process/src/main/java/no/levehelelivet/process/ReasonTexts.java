package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.internal.Echo;
import no.levehelelivet.core.internal.Messages;
import no.levehelelivet.process.internal.ProcessMessages;

/**
 * Renders a {@link Reason} in a language from the templates in the process module's message bundle.
 * Every template may use the same placeholders, filled from the reason's fields: {@code {0}} the
 * trigger, {@code {1}} the subject (cut short, empty if none), {@code {2}} the accepted values each
 * quoted and separated by commas (or the language's word for none), {@code {3}} the accepted values
 * joined by the language's word for "or", and {@code {4}} on the reason's details.
 */
final class ReasonTexts {

  /** The message key of a reason whose English message is its one detail, given whole. */
  static final String WHOLE = "-";

  private ReasonTexts() {}

  static String message(Reason reason, Language language) {
    if (reason.messageKey().equals(WHOLE)) {
      ReasonCode code = reason.code();
      return language == Language.ENGLISH
          ? reason.details().get(0)
          : code.code() + ": " + code.meaning(language) + "; " + code.remedy(language);
    }
    ImmutableList<String> arguments =
        ImmutableList.<String>builder()
            .add(Echo.cut(reason.trigger()))
            .add(Echo.cut(reason.subject().orElse("")))
            .add(quoted(reason.accepted(), language))
            .add(
                String.join(
                    Messages.text(ReasonCode.class, "list.or", language), reason.accepted()))
            .addAll(reason.details())
            .build();
    return reason.code().code()
        + ": "
        + Messages.format(ReasonCode.class, reason.messageKey(), language, arguments);
  }

  private static String quoted(ImmutableList<String> codes, Language language) {
    return codes.isEmpty()
        ? Messages.text(ReasonCode.class, "list.none", language)
        : ProcessMessages.list(codes);
  }
}
