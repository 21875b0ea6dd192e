package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import org.jspecify.annotations.Nullable;

/**
 * The guard of answering a reflection question: status, an answering role, a known question and the
 * answer as the note. Stateless.
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
