package no.levehelelivet.process;

import static no.levehelelivet.process.internal.ProcessMessages.format;
import static no.levehelelivet.process.internal.ProcessMessages.list;

import com.google.common.collect.ImmutableList;
import no.levehelelivet.core.internal.Echo;
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
          trigger, role, index.answeringRoles().asList(), "answer reflection questions");
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
          code == null
              ? format(
                  ReasonCode.UNKNOWN_QUESTION,
                  "\"%s\" needs the code of a reflection question; the definition's are %s",
                  trigger,
                  list(known))
              : format(
                  ReasonCode.UNKNOWN_QUESTION,
                  "unknown reflection question \"%s\" for \"%s\"; the definition's are %s",
                  Echo.cut(code),
                  trigger,
                  list(known)));
    } else if (!instance.node().questionCodes().contains(code)) {
      ImmutableList<String> current = instance.node().questionCodes();
      reasons.add(
          ReasonCode.QUESTION_NOT_IN_PHASE,
          trigger,
          code,
          current,
          format(
              ReasonCode.QUESTION_NOT_IN_PHASE,
              "reflection question \"%s\" belongs to another phase than \"%s\", whose questions"
                  + " are %s",
              code,
              instance.phase(),
              list(current)));
    }
    if (!command.hasNote()) {
      reasons.add(
          ReasonCode.NOTE_REQUIRED,
          trigger,
          trigger,
          ImmutableList.of(),
          format(ReasonCode.NOTE_REQUIRED, "\"%s\" needs the answer as its note", trigger));
    }
  }
}
