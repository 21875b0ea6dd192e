package no.levehelelivet.process;

import com.google.common.collect.ImmutableMap;
import no.levehelelivet.core.ErrorCode;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.internal.Codes;

/**
 * Why a command is rejected (<i>avvisningsgrunn</i>), family {@code LHL-P}: expected outcomes of
 * the change process, returned as {@link Reason}s in a {@link Rejected}, never thrown. What a
 * {@link Reason}'s {@linkplain Reason#subject() subject} and {@linkplain Reason#accepted()
 * accepted} values hold is said per constant.
 *
 * <table>
 *   <caption>Reasons a command is rejected</caption>
 *   <tr><th>code</th><th>meaning</th><th>what to do</th></tr>
 *   <tr><td>{@code LHL-P-001}</td><td>the process is not active (paused, completed or
 *       abandoned)</td><td>resume the process first, or fire a trigger the status allows</td></tr>
 *   <tr><td>{@code LHL-P-002}</td><td>the trigger is not allowed from the current phase</td>
 *       <td>fire one of the triggers the current phase allows</td></tr>
 *   <tr><td>{@code LHL-P-003}</td><td>a criterion that guards the transition is not met (one
 *       reason each)</td><td>record the criterion as met first</td></tr>
 *   <tr><td>{@code LHL-P-004}</td><td>the actor's role may not fire the trigger or record the
 *       criterion</td><td>let an actor with one of the permitted roles do it</td></tr>
 *   <tr><td>{@code LHL-P-005}</td><td>the command's expected version is stale</td><td>reload
 *       the instance and decide again on its current state</td></tr>
 *   <tr><td>{@code LHL-P-006}</td><td>the trigger is unknown to the definition</td><td>use one
 *       of the definition's triggers</td></tr>
 *   <tr><td>{@code LHL-P-007}</td><td>a note is required</td><td>give a note saying
 *       why</td></tr>
 *   <tr><td>{@code LHL-P-008}</td><td>the target phase of a revisit is missing, unknown or not
 *       earlier</td><td>name an earlier phase of the definition as the target</td></tr>
 *   <tr><td>{@code LHL-P-009}</td><td>the criterion is missing or unknown</td><td>name one of
 *       the definition's criteria</td></tr>
 *   <tr><td>{@code LHL-P-010}</td><td>the reflection question is missing or unknown</td>
 *       <td>name one of the questions of the current phase</td></tr>
 *   <tr><td>{@code LHL-P-011}</td><td>an evidence reference is required</td><td>give a
 *       reference to the evidence</td></tr>
 *   <tr><td>{@code LHL-P-012}</td><td>only a paused process can be resumed</td><td>do not
 *       resume a process that is not paused</td></tr>
 *   <tr><td>{@code LHL-P-013}</td><td>the clock is earlier than the journal's last
 *       entry</td><td>fire with a clock at or after the last entry's time; check the host's
 *       clock</td></tr>
 *   <tr><td>{@code LHL-P-014}</td><td>the criterion belongs to a phase the process has not yet
 *       reached</td><td>record it once the process is in that phase, or let the definition allow
 *       recording it early</td></tr>
 *   <tr><td>{@code LHL-P-015}</td><td>the reflection question belongs to another phase than the
 *       current one</td><td>answer one of the current phase's questions</td></tr>
 *   <tr><td>{@code LHL-P-016}</td><td>a text the command carries is beyond the value limits, or
 *       it carries too many evidence references</td><td>shorten the note or evidence, or split
 *       it</td></tr>
 *   <tr><td>{@code LHL-P-017}</td><td>the journal is full: one more entry would take it beyond
 *       the element or document-size limit</td><td>close the process and continue in a new
 *       one</td></tr>
 * </table>
 *
 * <p>Codes {@code LHL-P-900} and {@code LHL-P-901} are retired: a bad value is {@code LHL-A-001}
 * and an entry out of sequence {@code LHL-J-005}.
 */
public enum ReasonCode implements ErrorCode {
  /**
   * {@code LHL-P-001}: the process is not active. Subject: the status code ({@code paused}, {@code
   * completed} or {@code abandoned}); accepted: the statuses the trigger needs.
   */
  PROCESS_NOT_ACTIVE(
      "LHL-P-001",
      "the process is not active (paused, completed or abandoned)",
      "resume the process first, or fire a trigger the status allows"),
  /**
   * {@code LHL-P-002}: the trigger is not allowed from the current phase. Subject: the current
   * phase; accepted: the phases it is allowed from.
   */
  NOT_ALLOWED_FROM_PHASE(
      "LHL-P-002",
      "the trigger is not allowed from the current phase",
      "fire one of the triggers the current phase allows"),
  /**
   * {@code LHL-P-003}: a guarding criterion is not met. Subject: the criterion; one per criterion.
   */
  CRITERION_NOT_MET(
      "LHL-P-003",
      "a criterion that guards the transition is not met (one reason each)",
      "record the criterion as met first"),
  /**
   * {@code LHL-P-004}: the actor's role is not permitted. Subject: the actor's role; accepted: the
   * permitted roles.
   */
  ROLE_NOT_PERMITTED(
      "LHL-P-004",
      "the actor's role may not fire the trigger or record the criterion",
      "let an actor with one of the permitted roles do it"),
  /**
   * {@code LHL-P-005}: the expected version is stale. Subject: the version the command expected;
   * accepted: the instance's actual version.
   */
  STALE_VERSION(
      "LHL-P-005",
      "the command's expected version is stale",
      "reload the instance and decide again on its current state"),
  /** {@code LHL-P-006}: unknown trigger. Subject: the trigger; accepted: the known triggers. */
  UNKNOWN_TRIGGER(
      "LHL-P-006",
      "the trigger is unknown to the definition",
      "use one of the definition's triggers"),
  /** {@code LHL-P-007}: a note is required. Subject: the trigger. */
  NOTE_REQUIRED("LHL-P-007", "a note is required", "give a note saying why"),
  /**
   * {@code LHL-P-008}: the revisit target is missing, unknown or not earlier. Subject: the target
   * given, if any; accepted: the phases the process may go back to.
   */
  BAD_REVISIT_TARGET(
      "LHL-P-008",
      "the target phase of a revisit is missing, unknown or not earlier",
      "name an earlier phase of the definition as the target"),
  /**
   * {@code LHL-P-009}: unknown or missing criterion. Subject: the code given, if any; accepted: the
   * definition's criteria.
   */
  UNKNOWN_CRITERION(
      "LHL-P-009", "the criterion is missing or unknown", "name one of the definition's criteria"),
  /**
   * {@code LHL-P-010}: unknown or missing reflection question. Subject: the code given, if any;
   * accepted: the definition's questions.
   */
  UNKNOWN_QUESTION(
      "LHL-P-010",
      "the reflection question is missing or unknown",
      "name one of the questions of the current phase"),
  /** {@code LHL-P-011}: an evidence reference is required. Subject: the criterion. */
  EVIDENCE_REQUIRED(
      "LHL-P-011", "an evidence reference is required", "give a reference to the evidence"),
  /**
   * {@code LHL-P-012}: only a paused process can be resumed. Subject: the status code; accepted:
   * {@code paused}.
   */
  NOT_PAUSED(
      "LHL-P-012",
      "only a paused process can be resumed",
      "do not resume a process that is not paused"),
  /**
   * {@code LHL-P-013}: the clock is earlier than the journal's last entry. Subject: the clock's
   * instant (ISO-8601); accepted: the last entry's time.
   */
  CLOCK_BEHIND(
      "LHL-P-013",
      "the clock is earlier than the journal's last entry",
      "fire with a clock at or after the last entry's time; check the host's clock"),
  /**
   * {@code LHL-P-014}: the criterion belongs to a phase the process has not yet reached (the
   * earliest phase with a transition it guards comes after the current one), and the definition
   * does not let it be recorded early. Subject: the criterion; accepted: the phase it belongs to.
   */
  PHASE_NOT_REACHED(
      "LHL-P-014",
      "the criterion belongs to a phase the process has not yet reached",
      "record it once the process is in that phase, or let the definition allow recording it"
          + " early"),
  /**
   * {@code LHL-P-015}: the reflection question belongs to another phase than the current one.
   * Subject: the question; accepted: the current phase's questions.
   */
  QUESTION_NOT_IN_PHASE(
      "LHL-P-015",
      "the reflection question belongs to another phase than the current one",
      "answer one of the current phase's questions"),
  /**
   * {@code LHL-P-016}: a text the command carries is beyond the value limits. Subject: the field
   * ({@code note}, {@code evidence} or {@code trigger}).
   */
  BEYOND_LIMIT(
      "LHL-P-016",
      "a text the command carries is beyond the value limits, or it carries too many evidence"
          + " references",
      "shorten the note or evidence, or split it"),
  /**
   * {@code LHL-P-017}: one more entry would take the journal beyond the element or document-size
   * limit. Subject: the instance's version.
   */
  JOURNAL_FULL(
      "LHL-P-017",
      "the journal is full: one more entry would take it beyond the element or document-size"
          + " limit",
      "close the process and continue in a new one");

  private static final ImmutableMap<String, ReasonCode> BY_CODE = Codes.indexErrorCodes(values());

  private final String code;
  private final String meaning;
  private final String remedy;

  ReasonCode(String code, String meaning, String remedy) {
    this.code = code;
    this.meaning = meaning;
    this.remedy = remedy;
  }

  /** The stable code, for example {@code LHL-P-003}. */
  @Override
  public String code() {
    return code;
  }

  @Override
  public String meaning() {
    return meaning;
  }

  @Override
  public String remedy() {
    return remedy;
  }

  /**
   * {@return the reason code with the given code, such as {@code "LHL-P-003"}}
   *
   * @param code the stable code to look up
   * @throws UnknownCodeException if the family has no such code
   */
  public static ReasonCode fromCode(String code) {
    return Codes.lookup(BY_CODE, "reason code", code);
  }
}
