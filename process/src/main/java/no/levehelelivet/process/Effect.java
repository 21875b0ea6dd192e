package no.levehelelivet.process;

/**
 * What the host should do after it has saved an accepted step (<i>oppfølging</i>), as data: notify
 * the roles responsible for the new phase, schedule the deadlines that now apply, or cancel them.
 * The library never performs I/O; because the host runs effects after saving, a failing
 * notification can never lose or corrupt an accepted step.
 *
 * <p>Every effect is immutable and thread-safe.
 */
public sealed interface Effect permits NotifyRoles, ScheduleDeadline, CancelDeadlines {}
