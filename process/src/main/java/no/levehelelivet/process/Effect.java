package no.levehelelivet.process;

/**
 * What the host should do after it has saved an accepted step (<i>oppfølging</i>), as data: notify
 * the roles responsible for the new phase, schedule the deadlines that now apply, report those
 * already past, or cancel them. The library never performs I/O; because the host runs effects after
 * saving, a failing notification can never lose or corrupt an accepted step.
 *
 * <p>Every effect names what caused it: the {@linkplain #processId() process}, the {@linkplain
 * #sequence() sequence number} of the journal entry the step appended and its {@linkplain
 * #trigger() trigger}. Its {@linkplain #idempotencyKey() idempotency key} (<i>idempotensnøkkel</i>)
 * is made from those and its place among the step's effects alone, so a host that saves the effects
 * with the entry (an outbox) and retries after a crash hands a receiver the same key again, and the
 * receiver can drop the repeat.
 *
 * <p>Every effect is immutable and thread-safe.
 */
public sealed interface Effect
    permits NotifyRoles, ScheduleDeadline, ReportOverdue, CancelDeadlines {

  /**
   * {@return the id of the process instance (<i>prosessforløp</i>) whose step caused the effect}
   */
  String processId();

  /**
   * {@return the sequence number of the journal entry (<i>journalpost</i>) whose step caused the
   * effect}
   */
  long sequence();

  /** {@return the code of the trigger (<i>utløser</i>) of the step that caused the effect} */
  String trigger();

  /**
   * {@return the effect's place among the effects of its step (<i>rekkefølge</i>), counting from 0}
   */
  int index();

  /**
   * {@return the effect's kind (<i>type oppfølging</i>), a stable code: {@code notify-roles},
   * {@code schedule-deadline}, {@code report-overdue} or {@code cancel-deadlines}}
   */
  String kind();

  /**
   * {@return the effect's idempotency key (<i>idempotensnøkkel</i>): {@code
   * <processId>/<sequence>/<index>/<kind>}, for example {@code vefsn-lhl-1/7/0/notify-roles}}
   * Deterministic: the same step of the same process on the same definition always gives the same
   * keys, so a retry after a crash gives the key of the first attempt. The process id is written as
   * it is; read the key from the right, where the last three parts contain no {@code /}.
   */
  default String idempotencyKey() {
    return processId() + "/" + sequence() + "/" + index() + "/" + kind();
  }
}
