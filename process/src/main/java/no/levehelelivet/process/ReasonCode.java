package no.levehelelivet.process;

import no.levehelelivet.core.Coded;
import no.levehelelivet.process.internal.ProcessMessages;

/**
 * Why a command is rejected (<i>avvisningsgrunn</i>), each with a stable code. What a {@link
 * Reason}'s {@linkplain Reason#subject() subject} and {@linkplain Reason#accepted() accepted}
 * values hold is said per constant.
 */
public enum ReasonCode implements Coded {
  /**
   * {@code LHL-P-001}: the process is not active. Subject: the status code ({@code paused}, {@code
   * completed} or {@code abandoned}); accepted: the statuses the trigger needs.
   */
  PROCESS_NOT_ACTIVE(ProcessMessages.P001),
  /**
   * {@code LHL-P-002}: the trigger is not allowed from the current phase. Subject: the current
   * phase; accepted: the phases it is allowed from.
   */
  NOT_ALLOWED_FROM_PHASE(ProcessMessages.P002),
  /**
   * {@code LHL-P-003}: a guarding criterion is not met. Subject: the criterion; one per criterion.
   */
  CRITERION_NOT_MET(ProcessMessages.P003),
  /**
   * {@code LHL-P-004}: the actor's role is not permitted. Subject: the actor's role; accepted: the
   * permitted roles.
   */
  ROLE_NOT_PERMITTED(ProcessMessages.P004),
  /**
   * {@code LHL-P-005}: the expected version is stale. Subject: the version the command expected;
   * accepted: the instance's actual version.
   */
  STALE_VERSION(ProcessMessages.P005),
  /** {@code LHL-P-006}: unknown trigger. Subject: the trigger; accepted: the known triggers. */
  UNKNOWN_TRIGGER(ProcessMessages.P006),
  /** {@code LHL-P-007}: a note is required. Subject: the trigger. */
  NOTE_REQUIRED(ProcessMessages.P007),
  /**
   * {@code LHL-P-008}: the revisit target is missing, unknown or not earlier. Subject: the target
   * given, if any; accepted: the phases the process may go back to.
   */
  BAD_REVISIT_TARGET(ProcessMessages.P008),
  /**
   * {@code LHL-P-009}: unknown or missing criterion. Subject: the code given, if any; accepted: the
   * definition's criteria.
   */
  UNKNOWN_CRITERION(ProcessMessages.P009),
  /**
   * {@code LHL-P-010}: unknown or missing reflection question. Subject: the code given, if any;
   * accepted: the definition's questions.
   */
  UNKNOWN_QUESTION(ProcessMessages.P010),
  /** {@code LHL-P-011}: an evidence reference is required. Subject: the criterion. */
  EVIDENCE_REQUIRED(ProcessMessages.P011),
  /**
   * {@code LHL-P-012}: only a paused process can be resumed. Subject: the status code; accepted:
   * {@code paused}.
   */
  NOT_PAUSED(ProcessMessages.P012);

  private final String code;

  ReasonCode(String code) {
    this.code = code;
  }

  /** The stable code, for example {@code LHL-P-003}. */
  @Override
  public String code() {
    return code;
  }
}
