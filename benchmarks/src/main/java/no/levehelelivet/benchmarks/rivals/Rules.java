package no.levehelelivet.benchmarks.rivals;

/**
 * The one guard every rival transition evaluates: the checks our engine makes before accepting a
 * command, on the rival's {@link Ledger}.
 */
public final class Rules {

  private Rules() {}

  /** Whether {@code spec} allows {@code cmd} on a process whose state is kept in {@code ledger}. */
  public static boolean allows(Spec spec, Ledger ledger, Cmd cmd) {
    if (cmd.trigger() != spec.trigger()) {
      return false;
    }
    if (ledger.isPaused() != (spec.trigger() == Trigger.RESUME)) {
      return false;
    }
    if (!spec.roles().contains(cmd.role()) || !ledger.hasMet(spec.criteria())) {
      return false;
    }
    if (spec.noteRequired()) {
      String note = cmd.note();
      if (note == null || note.isBlank()) {
        return false;
      }
    }
    return switch (spec.trigger()) {
      case REVISIT -> cmd.target() == spec.to();
      case RECORD_CRITERION -> {
        Criterion criterion = cmd.criterion();
        yield criterion != null
            && criterion.isRecordableBy(cmd.role())
            && (!criterion.isEvidenceRequired() || !cmd.evidence().isEmpty());
      }
      default -> true;
    };
  }
}
