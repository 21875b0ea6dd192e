package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import no.levehelelivet.core.ValueLimits;

/**
 * Holds what a command carries to the {@link ValueLimits}, so that whatever the engine accepts the
 * standard reader reads back: the note and each evidence reference within the text limit ({@code
 * LHL-P-016}), at most {@link ValueLimits#MAX_ELEMENTS} evidence references ({@code LHL-P-016}),
 * and the journal within the element limit and the instance's written document within {@link
 * ValueLimits#MAX_DOCUMENT_BYTES} once the entry is appended ({@code LHL-P-017}). The actor's id is
 * held to the id rule when the {@link Actor} is built. Stateless.
 */
final class LimitGuard {

  private LimitGuard() {}

  /**
   * What the entry the command would append counts of its own texts ({@link
   * WrittenSize#commandTexts}) if the command is within every limit {@link #check} checks, or -1 if
   * it is not: the common case answered without collecting reasons and with one pass over each
   * text. The written size is first bounded by six bytes a character of the trigger and phase (the
   * most {@link WrittenSize} counts for one), so that only a journal near the limit counts them.
   */
  static long passes(ProcessInstance instance, Command command) {
    String trigger = command.trigger();
    if (!ValueLimits.isText(trigger)
        || command.evidence().size() > ValueLimits.MAX_ELEMENTS
        || instance.journal().size() + 1 > ValueLimits.MAX_ELEMENTS) {
      return -1;
    }
    long texts = WrittenSize.commandTexts(command);
    if (texts < 0) {
      return -1;
    }
    long bound = instance.writtenSizeBound();
    String phase = instance.phase();
    return bound + WrittenSize.firedAtMost(texts, trigger, phase) <= ValueLimits.MAX_DOCUMENT_BYTES
            || bound + WrittenSize.fired(command, phase) <= ValueLimits.MAX_DOCUMENT_BYTES
        ? texts
        : -1;
  }

  /** Adds a reason for each limit the command breaks. */
  static void check(ProcessInstance instance, Command command, Reasons reasons) {
    String trigger = command.trigger();
    if (!ValueLimits.isText(trigger)) {
      beyond(reasons, trigger, "trigger");
    }
    if (command.note().isPresent() && !ValueLimits.isText(command.note().get())) {
      beyond(reasons, trigger, "note");
    }
    if (command.evidence().size() > ValueLimits.MAX_ELEMENTS) {
      reasons.add(
          ReasonCode.BEYOND_LIMIT,
          trigger,
          "evidence",
          ImmutableList.of(),
          "count",
          ImmutableList.of(
              Integer.toString(command.evidence().size()),
              Integer.toString(ValueLimits.MAX_ELEMENTS)));
    } else {
      for (String reference : command.evidence()) {
        if (!ValueLimits.isText(reference)) {
          beyond(reasons, trigger, "evidence");
          break;
        }
      }
    }
    if (!reasons.isEmpty()) {
      return;
    }
    long entries = instance.journal().size() + 1;
    long bound = instance.writtenSizeBound() + WrittenSize.fired(command, instance.phase());
    if (entries > ValueLimits.MAX_ELEMENTS || bound > ValueLimits.MAX_DOCUMENT_BYTES) {
      reasons.add(
          ReasonCode.JOURNAL_FULL,
          trigger,
          Long.toString(instance.version()),
          ImmutableList.of(),
          "",
          ImmutableList.of(
              Long.toString(entries),
              Long.toString(bound),
              Integer.toString(ValueLimits.MAX_ELEMENTS),
              Long.toString(ValueLimits.MAX_DOCUMENT_BYTES)));
    }
  }

  private static void beyond(Reasons reasons, String trigger, String field) {
    reasons.add(
        ReasonCode.BEYOND_LIMIT,
        trigger,
        field,
        ImmutableList.of(),
        "",
        ImmutableList.of(Integer.toString(ValueLimits.MAX_TEXT_LENGTH)));
  }
}
