package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import org.jspecify.annotations.Nullable;

/**
 * The status rule every guard starts with: resume needs a paused process, abandon one not yet
 * completed or abandoned, everything else an active one. Stateless.
 */
final class StatusGuard {

  private static final ImmutableList<String> ACTIVE = ImmutableList.of(ProcessStatus.ACTIVE.code());
  private static final ImmutableList<String> PAUSED = ImmutableList.of(ProcessStatus.PAUSED.code());
  private static final ImmutableList<String> ACTIVE_OR_PAUSED =
      ImmutableList.of(ProcessStatus.ACTIVE.code(), ProcessStatus.PAUSED.code());

  private StatusGuard() {}

  /**
   * Whether a process in {@code status} may take a command of {@code kind} (null for recording a
   * criterion or answering a question).
   */
  static boolean allows(ProcessStatus status, @Nullable TransitionKind kind) {
    if (kind == TransitionKind.RESUME) {
      return status == ProcessStatus.PAUSED;
    }
    if (kind == TransitionKind.ABANDON) {
      return !status.isFinal();
    }
    return status == ProcessStatus.ACTIVE;
  }

  /** Adds {@code LHL-P-012} or {@code LHL-P-001} unless the status {@linkplain #allows allows}. */
  static void check(
      ProcessStatus status, @Nullable TransitionKind kind, String trigger, Reasons reasons) {
    if (allows(status, kind)) {
      return;
    }
    if (kind == TransitionKind.RESUME && status == ProcessStatus.ACTIVE) {
      reasons.add(ReasonCode.NOT_PAUSED, trigger, status.code(), PAUSED);
      return;
    }
    ImmutableList<String> needed =
        kind == TransitionKind.RESUME
            ? PAUSED
            : kind == TransitionKind.ABANDON ? ACTIVE_OR_PAUSED : ACTIVE;
    reasons.add(
        ReasonCode.PROCESS_NOT_ACTIVE,
        trigger,
        status.code(),
        needed,
        status == ProcessStatus.PAUSED ? "paused" : "",
        ImmutableList.of());
  }
}
