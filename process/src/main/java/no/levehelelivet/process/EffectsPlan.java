package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import no.levehelelivet.process.journal.JournalEntry;
import org.jspecify.annotations.Nullable;

/**
 * What an accepted step means for the host, kept until its effects are asked for: nothing (a step
 * that stays), cancelling the deadlines (pausing, completing, abandoning), or entering a phase
 * (notify its roles, schedule or report its deadlines). The effects are made from the plan, the
 * instance after the step and the entry it appended, equal to the effects made at once; a host that
 * does not read them does not pay for them. The plan of entering a phase on its definition's
 * deadlines is made once per phase. Immutable.
 */
final class EffectsPlan {

  /** A step that stays where it was: no effects. */
  static final EffectsPlan NONE = new EffectsPlan(false, null, ImmutableList.of(), null);

  /** A step that stops the process's clock: cancel the deadlines. */
  static final EffectsPlan STOP = new EffectsPlan(true, null, ImmutableList.of(), null);

  private final boolean stops;
  private final @Nullable String phase;
  private final ImmutableList<Role> responsible;
  private final @Nullable DueDeadlines deadlines;

  private EffectsPlan(
      boolean stops,
      @Nullable String phase,
      ImmutableList<Role> responsible,
      @Nullable DueDeadlines deadlines) {
    this.stops = stops;
    this.phase = phase;
    this.responsible = responsible;
    this.deadlines = deadlines;
  }

  /** Entering (or resuming in) {@code phase}, whose roles and deadlines are given. */
  static EffectsPlan entering(
      String phase, ImmutableList<Role> responsible, DueDeadlines deadlines) {
    return new EffectsPlan(false, phase, responsible, deadlines);
  }

  /** The effects of the step that appended {@code entry}, giving {@code after}. */
  ImmutableList<Effect> effects(ProcessInstance after, JournalEntry entry) {
    String entered = phase;
    DueDeadlines due = deadlines;
    if (stops) {
      return EntryEffects.onStop(
          new Cause(after.id(), entry.sequence(), entry.trigger()), entry.status());
    }
    if (entered == null || due == null) {
      return ImmutableList.of();
    }
    return EntryEffects.onEnter(
        new Cause(after.id(), entry.sequence(), entry.trigger()),
        entered,
        responsible,
        due,
        entry.time());
  }
}
