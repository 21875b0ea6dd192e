package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import no.levehelelivet.core.Language;
import no.levehelelivet.process.internal.TupleValue;
import org.immutables.value.Value;

/**
 * One reason a command is, or would be, rejected (<i>grunn</i>): a stable {@link ReasonCode}, the
 * trigger, what the reason is about and what would have been accepted instead, so that a screen can
 * explain it in its own words without parsing the English {@link #message()}; {@link
 * #message(Language)} gives the explanation in bokmål, nynorsk or English.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract class Reason {

  Reason() {}

  /** {@return the reason's code} */
  public abstract ReasonCode code();

  /** {@return the code of the trigger the reason concerns} */
  public abstract String trigger();

  /**
   * {@return what the reason is about: a phase, criterion, role, status, version or code; see the
   * code}
   */
  public abstract Optional<String> subject();

  /**
   * {@return what would have been accepted instead, for example the permitted roles; see the code}
   */
  public abstract ImmutableList<String> accepted();

  /**
   * The key of the message's template in the process module's message bundle: {@code
   * <code>.message} or {@code <code>.message.<variant>}; or {@code "-"} for an English message
   * given whole as the one detail.
   */
  abstract String messageKey();

  /** The values the template needs beyond trigger, subject and accepted values: {@code {4}} on. */
  abstract ImmutableList<String> details();

  /**
   * {@return an explanation in English, starting with the code, saying what to do about it; the
   * same as {@link #message(Language) message(Language.ENGLISH)}}
   */
  public String message() {
    return message(Language.ENGLISH);
  }

  /**
   * {@return an explanation (<i>forklaring</i>) in {@code language}, starting with the code, saying
   * what to do about it, for example {@code LHL-P-007: "pause" krever en merknad som sier hvorfor}
   * in bokmål} The text comes from the process module's message bundle, filled from the reason's
   * fields; the codes it quotes (triggers, phases, roles) stay codes.
   *
   * @param language the language to write the text in
   * @throws IllegalStateException with {@code LHL-C-900} if the bundle lacks the text (a packaging
   *     error)
   */
  public String message(Language language) {
    return ReasonTexts.message(this, language);
  }

  static Reason create(
      ReasonCode code,
      String trigger,
      Optional<String> subject,
      ImmutableList<String> accepted,
      String messageKey,
      ImmutableList<String> details) {
    return ImmutableReason.of(code, trigger, subject, accepted, messageKey, details);
  }

  @Override
  public String toString() {
    return message();
  }
}
