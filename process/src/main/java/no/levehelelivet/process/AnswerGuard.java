package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import org.jspecify.annotations.Nullable;

/**
 * The guard of answering a reflection question: status, an answering role, a known question of the
 * current phase and the answer as the note. Stateless.
 *
 * <p>Only the current phase's questions may be answered: the standard process attaches each
 * question to the phase whose work it reflects on, the verdict offers those, and {@code LHL-P-010}
 * has always told the caller to name one of them. A question of another phase is refused with
 * {@code LHL-P-015}; to answer it, go back to its phase with a revisit.
 */
final class AnswerGuard {

  private AnswerGuard() {}

  /**
   * Checks answering a question, adding a reason for every check that fails; {@code command} is
   * null for a verdict, which skips what only a command carries.
   */
  static void check(
      ProcessInstance instance,
      DefinitionIndex index,
      String role,
      @Nullable Command command,
      Reasons reasons) {
    String trigger = Trigger.ANSWER_QUESTION.code();
    StatusGuard.check(instance.status(), null, trigger, reasons);
    if (!index.answeringRoles().contains(role)) {
      reasons.notPermitted(
          trigger, role, index.answeringRoles().asList(), "answer", ImmutableList.of());
    }
    if (command == null) {
      return;
    }
    String code = command.question().orElse(null);
    if (code == null || !index.questions().containsKey(code)) {
      ImmutableList<String> known = index.questions().keySet().asList();
      reasons.add(
          ReasonCode.UNKNOWN_QUESTION,
          trigger,
          code,
          known,
          code == null ? "missing" : "",
          ImmutableList.of());
    } else if (!instance.node().questionCodes().contains(code)) {
      reasons.add(
          ReasonCode.QUESTION_NOT_IN_PHASE,
          trigger,
          code,
          instance.node().questionCodes(),
          "",
          ImmutableList.of(instance.phase()));
    }
    if (!command.hasNote()) {
      reasons.add(
          ReasonCode.NOTE_REQUIRED,
          trigger,
          trigger,
          ImmutableList.of(),
          "answer",
          ImmutableList.of());
    }
  }
}
