package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import no.levehelelivet.core.Labelled;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.process.internal.ProcessMessages;
import no.levehelelivet.process.internal.TupleValue;
import org.immutables.value.Value;

/**
 * A trigger (<i>utløser</i>): what a command asks the process to do, such as {@code begin-mapping}.
 * Transitions of a definition are fired by triggers; recording a criterion and answering a
 * reflection question are triggers too, and {@code start} opens every journal. The standard
 * triggers are constants; a tailored definition may add its own.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
// The constants create ImmutableTrigger while Trigger initialises; ImmutableTrigger is
// package-private and only reached through Trigger's own methods, so this cannot deadlock.
@SuppressWarnings("ClassInitializationDeadlock")
public abstract class Trigger implements Labelled {

  /**
   * Opens a process (<i>start prosessen</i>); the first journal entry, never fired by a command.
   */
  public static final Trigger START =
      of("start", LocalizedText.of("Start prosessen", "Start prosessen", "Start the process"));

  /** From start-up to mapping (<i>start kartleggingen</i>). */
  public static final Trigger BEGIN_MAPPING =
      of(
          "begin-mapping",
          LocalizedText.of("Start kartleggingen", "Start kartlegginga", "Begin mapping"));

  /** From mapping to plan and decide (<i>start planleggingen</i>). */
  public static final Trigger BEGIN_PLANNING =
      of(
          "begin-planning",
          LocalizedText.of("Start planleggingen", "Start planlegginga", "Begin planning"));

  /** From plan and decide to integration into the municipal plans (<i>vedta planen</i>). */
  public static final Trigger ADOPT_PLAN =
      of("adopt-plan", LocalizedText.of("Vedta planen", "Vedta planen", "Adopt the plan"));

  /** From integration into the plans to implementation (<i>start gjennomføringen</i>). */
  public static final Trigger BEGIN_IMPLEMENTATION =
      of(
          "begin-implementation",
          LocalizedText.of(
              "Start gjennomføringen", "Start gjennomføringa", "Begin implementation"));

  /** From implement and evaluate back to mapping for a new cycle (<i>start en ny runde</i>). */
  public static final Trigger START_NEW_CYCLE =
      of(
          "start-new-cycle",
          LocalizedText.of("Start en ny runde", "Start ein ny runde", "Start a new cycle"));

  /** Back to an earlier phase, named in the command (<i>gå tilbake til en tidligere fase</i>). */
  public static final Trigger REVISIT =
      of(
          "revisit",
          LocalizedText.of(
              "Gå tilbake til en tidligere fase",
              "Gå tilbake til ein tidlegare fase",
              "Return to an earlier phase"));

  /** Pauses an active process (<i>sett på pause</i>). */
  public static final Trigger PAUSE =
      of("pause", LocalizedText.of("Sett på pause", "Set på pause", "Pause"));

  /** Resumes a paused process (<i>gjenoppta</i>). */
  public static final Trigger RESUME =
      of("resume", LocalizedText.of("Gjenoppta", "Ta opp att", "Resume"));

  /** Completes the process (<i>avslutt prosessen</i>). */
  public static final Trigger COMPLETE =
      of(
          "complete",
          LocalizedText.of("Avslutt prosessen", "Avslutt prosessen", "Complete the process"));

  /** Abandons the process (<i>avbryt prosessen</i>). */
  public static final Trigger ABANDON =
      of(
          "abandon",
          LocalizedText.of("Avbryt prosessen", "Avbryt prosessen", "Abandon the process"));

  /** Records that a criterion is met (<i>registrer oppfylt kriterium</i>). */
  public static final Trigger RECORD_CRITERION =
      of(
          "record-criterion",
          LocalizedText.of(
              "Registrer oppfylt kriterium",
              "Registrer oppfylt kriterium",
              "Record a criterion as met"));

  /** Answers a reflection question (<i>svar på refleksjonsspørsmål</i>). */
  public static final Trigger ANSWER_QUESTION =
      of(
          "answer-question",
          LocalizedText.of(
              "Svar på refleksjonsspørsmål",
              "Svar på refleksjonsspørsmål",
              "Answer a reflection question"));

  /**
   * Erases the free texts of earlier journal entries (<i>sladd oppføringar</i>), keeping their
   * salted digests; recorded by {@link ProcessInstance#redact}, never fired by a command. Changes
   * neither phase nor status.
   */
  public static final Trigger REDACT =
      of("redact", LocalizedText.of("Sladd oppføringer", "Sladd oppføringar", "Redact entries"));

  private static final ImmutableList<Trigger> RESERVED =
      ImmutableList.of(START, RECORD_CRITERION, ANSWER_QUESTION, REDACT);

  Trigger() {}

  /** The stable code, for example {@code "begin-mapping"}. */
  @Override
  public abstract String code();

  /** {@return what the trigger does, in bokmål, nynorsk and English, as a button might say it} */
  public abstract LocalizedText label();

  /**
   * {@return a trigger}
   *
   * @param code the trigger's stable code, for example {@code "begin-mapping"}
   * @param label the trigger's name
   * @throws IllegalArgumentException ({@code LHL-P-900}) if the code is not lower-kebab-case
   */
  public static Trigger of(String code, LocalizedText label) {
    return ImmutableTrigger.of(code, label);
  }

  /**
   * {@return the triggers the engine itself handles, which no transition may use: {@code start},
   * {@code record-criterion}, {@code answer-question} and {@code redact}}
   */
  public static ImmutableList<Trigger> reserved() {
    return RESERVED;
  }

  /** {@return whether this trigger is one the engine reserves; see {@link #reserved()}} */
  public boolean isReserved() {
    return code().equals(START.code())
        || code().equals(RECORD_CRITERION.code())
        || code().equals(ANSWER_QUESTION.code())
        || code().equals(REDACT.code());
  }

  @Override
  public String label(Language language) {
    return label().in(language);
  }

  @Value.Check
  void check() {
    ProcessMessages.requireCode("trigger code", code());
  }

  @Override
  public String toString() {
    return code();
  }
}
