package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalLong;
import no.levehelelivet.process.internal.EntryFactory;
import no.levehelelivet.process.journal.JournalEntry;
import org.jspecify.annotations.Nullable;

/**
 * The engine's rules: which commands are allowed, and what an accepted one does. Stateless. The
 * same checks serve firing (with a command) and verdicts (without one, skipping what only a command
 * carries). On the accepted path firing does a few map lookups, checks and counts each of the
 * command's texts once, and allocates the entry, the journal handle, the instance and the outcome;
 * the effects are made from a plan when the host asks for them. It never hashes.
 */
final class Firing {

  /** Entries from their parts, without the builder a host uses: one per accepted command. */
  private static final EntryFactory ENTRIES = EntryFactory.get();

  private Firing() {}

  static Outcome fire(ProcessInstance instance, Command command, Instant time) {
    long texts = LimitGuard.passes(instance, command);
    if (texts < 0) {
      Reasons limits = new Reasons();
      LimitGuard.check(instance, command, limits);
      if (!limits.isEmpty()) {
        return Rejected.of(instance, command, limits.build());
      }
      texts = WrittenSize.commandTexts(command);
      if (texts < 0) {
        throw new IllegalStateException("a text beyond the limits passed their check");
      }
    }
    DefinitionIndex index = instance.definition().index();
    String trigger = command.trigger();
    CompiledTransition allowed = instance.node().byTrigger().get(trigger);
    Instant last = instance.journal().entry(instance.version()).time();
    PhaseNode target =
        allowed == null || time.isBefore(last) ? null : passes(instance, index, allowed, command);
    if (allowed != null && target != null) {
      return apply(instance, instance.node(), allowed, target, command, time, texts);
    }
    Reasons reasons = new Reasons();
    if (index.trigger(trigger) == null) {
      reasons.add(ReasonCode.UNKNOWN_TRIGGER, trigger, trigger, index.triggerCodes());
      return Rejected.of(instance, command, reasons.build());
    }
    OptionalLong expected = command.expectedVersion();
    if (expected.isPresent() && expected.getAsLong() != instance.version()) {
      reasons.add(
          ReasonCode.STALE_VERSION,
          trigger,
          Long.toString(expected.getAsLong()),
          ImmutableList.of(Long.toString(instance.version())));
    }
    if (time.isBefore(last)) {
      reasons.add(
          ReasonCode.CLOCK_BEHIND, trigger, time.toString(), ImmutableList.of(last.toString()));
    }
    String role = command.actor().role().code();
    PhaseNode node = instance.node();
    if (trigger.equals(Trigger.RECORD_CRITERION.code())) {
      RecordGuard.check(instance, index, role, command, reasons);
      return reasons.isEmpty()
          ? recordCriterion(instance, command, time, texts)
          : Rejected.of(instance, command, reasons.build());
    }
    if (trigger.equals(Trigger.ANSWER_QUESTION.code())) {
      AnswerGuard.check(instance, index, role, command, reasons);
      return reasons.isEmpty()
          ? answer(instance, command, time, texts)
          : Rejected.of(instance, command, reasons.build());
    }
    CompiledTransition transition =
        TransitionGuard.check(instance, index, node, trigger, role, command, reasons);
    if (!reasons.isEmpty() || transition == null) {
      return Rejected.of(instance, command, reasons.build());
    }
    return apply(
        instance, node, transition, target(index, node, transition, command), command, time, texts);
  }

  /**
   * Whether a transition allowed from the current phase passes every guard, checked without
   * collecting reasons: the common case of an accepted command. The checks are those of {@link
   * TransitionGuard#check} with {@link StatusGuard#check} and the expected version; a command that
   * fails any of them goes the full way, which names every reason.
   *
   * @return the node of the phase the process will be in, or null if a guard fails
   */
  private static @Nullable PhaseNode passes(
      ProcessInstance instance,
      DefinitionIndex index,
      CompiledTransition transition,
      Command command) {
    OptionalLong expected = command.expectedVersion();
    if (expected.isPresent() && expected.getAsLong() != instance.version()) {
      return null;
    }
    if (!StatusGuard.allows(instance.status(), transition.kind())
        || !transition.roleCodes().contains(command.actor().role().code())) {
      return null;
    }
    if (index.bitsCriteria()) {
      if ((instance.met() & transition.required()) != transition.required()) {
        return null;
      }
    } else {
      for (String criterion : transition.criteria()) {
        if (!instance.isMet(criterion)) {
          return null;
        }
      }
    }
    if (transition.noteRequired() && !command.hasNote()) {
      return null;
    }
    if (transition.kind() == TransitionKind.REVISIT) {
      return TransitionGuard.earlierNode(index, instance.node(), command.target().orElse(null));
    }
    return target(index, instance.node(), transition, command);
  }

  /** The node of the phase an allowed transition leads to; the current one if it stays. */
  private static PhaseNode target(
      DefinitionIndex index, PhaseNode node, CompiledTransition transition, Command command) {
    return switch (transition.kind()) {
      case MOVE -> {
        if (transition.toIndex() < 0) {
          throw new IllegalStateException("a move has a target phase");
        }
        yield index.nodeAt(transition.toIndex());
      }
      case REVISIT -> index.node(requireTarget(command.target().orElse(null)));
      default -> node;
    };
  }

  static ImmutableList<Verdict> verdicts(ProcessInstance instance, Actor actor) {
    DefinitionIndex index = instance.definition().index();
    PhaseNode node = instance.node();
    String role = actor.role().code();
    ImmutableList.Builder<Verdict> verdicts = ImmutableList.builder();
    for (Trigger trigger : index.triggerOrder()) {
      Reasons reasons = new Reasons();
      ImmutableList<String> options = ImmutableList.of();
      if (trigger.equals(Trigger.RECORD_CRITERION)) {
        RecordGuard.check(instance, index, role, null, reasons);
        options = RecordGuard.recordable(instance, index, role);
      } else if (trigger.equals(Trigger.ANSWER_QUESTION)) {
        AnswerGuard.check(instance, index, role, null, reasons);
        options = node.questionCodes();
      } else {
        CompiledTransition transition =
            TransitionGuard.check(instance, index, node, trigger.code(), role, null, reasons);
        if (transition != null && transition.kind() == TransitionKind.REVISIT) {
          options = node.earlierPhases();
        }
      }
      verdicts.add(Verdict.of(trigger, reasons.build(), options));
    }
    return verdicts.build();
  }

  private static Outcome apply(
      ProcessInstance instance,
      PhaseNode node,
      CompiledTransition transition,
      PhaseNode to,
      Command command,
      Instant time,
      long texts) {
    ProcessStatus status = instance.status();
    EffectsPlan effects;
    ImmutableSortedMap<String, String> attributes = ImmutableSortedMap.of();
    long attributesBound = 0;
    switch (transition.kind()) {
      case MOVE -> effects = enter(instance, to);
      case REVISIT -> {
        attributes = to.asRevisitTarget();
        attributesBound = to.revisitTargetBound();
        effects = enter(instance, to);
      }
      case PAUSE -> {
        status = ProcessStatus.PAUSED;
        effects = EffectsPlan.STOP;
      }
      case RESUME -> {
        status = ProcessStatus.ACTIVE;
        effects = enter(instance, node);
      }
      case COMPLETE -> {
        status = ProcessStatus.COMPLETED;
        effects = EffectsPlan.STOP;
      }
      case ABANDON -> {
        status = ProcessStatus.ABANDONED;
        effects = EffectsPlan.STOP;
      }
      default -> throw new IllegalStateException("unknown kind " + transition.kind());
    }
    RecordedCriteria criteria = instance.recorded();
    if (!transition.resets().isEmpty()) {
      criteria = criteria.without(transition.resets(), transition.resetMask());
    }
    JournalEntry entry = entry(instance, command, time, to.phase().code(), status, attributes);
    long bound =
        WrittenSize.step(
            texts, transition.triggerBound(), node.codeBound(), to.codeBound(), attributesBound);
    return Accepted.of(
        instance.next(to, status, criteria, instance.journal().append(entry), bound),
        entry,
        effects);
  }

  private static String requireTarget(@Nullable String phase) {
    if (phase == null) {
      throw new IllegalStateException("checked before applying");
    }
    return phase;
  }

  /** The plan of entering a phase: the definition's, or one with the instance's own date. */
  private static EffectsPlan enter(ProcessInstance instance, PhaseNode node) {
    ImmutableMap<String, LocalDate> plan = instance.plannedTargetDates();
    LocalDate planned = plan.isEmpty() ? null : plan.get(node.phase().code());
    return planned == null
        ? node.entering()
        : EffectsPlan.entering(
            node.phase().code(),
            node.responsibleRoles(),
            new DueDeadlines(EntryEffects.deadlines(node.phase(), planned)));
  }

  private static JournalEntry entry(
      ProcessInstance instance,
      Command command,
      Instant time,
      String toPhase,
      ProcessStatus status,
      ImmutableSortedMap<String, String> attributes) {
    Actor actor = command.actor();
    return ENTRIES.entry(
        instance.version() + 1,
        time,
        actor.id(),
        actor.role().code(),
        command.trigger(),
        instance.phase(),
        toPhase,
        status,
        command.note(),
        command.evidence(),
        attributes);
  }

  private static Outcome recordCriterion(
      ProcessInstance instance, Command command, Instant time, long texts) {
    String criterion = command.criterion().orElseThrow();
    CriterionSlot slot = instance.definition().index().criterionSlot(criterion);
    if (slot == null) {
      throw new IllegalStateException("checked before recording");
    }
    JournalEntry entry = stayingEntry(instance, command, time, slot.attributes());
    long bound =
        WrittenSize.step(
            texts,
            WrittenSize.RECORD_CRITERION,
            instance.node().codeBound(),
            instance.node().codeBound(),
            slot.attributesBound());
    CriterionRecord record =
        CriterionRecord.create(
            criterion,
            entry.actorId(),
            entry.role(),
            entry.time(),
            entry.evidence(),
            entry.note(),
            entry.sequence());
    return stayed(instance, entry, instance.recorded().with(record, slot.bit()), bound);
  }

  private static Outcome answer(
      ProcessInstance instance, Command command, Instant time, long texts) {
    String question = command.question().orElseThrow();
    ImmutableSortedMap<String, String> attributes =
        instance.definition().index().questionAttributes(question);
    JournalEntry entry = stayingEntry(instance, command, time, attributes);
    long bound =
        WrittenSize.step(
            texts,
            WrittenSize.ANSWER_QUESTION,
            instance.node().codeBound(),
            instance.node().codeBound(),
            WrittenSize.attributes(attributes));
    return stayed(instance, entry, instance.recorded(), bound);
  }

  /** The entry of a command that leaves the phase and status as they are. */
  private static JournalEntry stayingEntry(
      ProcessInstance instance,
      Command command,
      Instant time,
      ImmutableSortedMap<String, String> attributes) {
    return entry(instance, command, time, instance.phase(), instance.status(), attributes);
  }

  /** The outcome of a command that left the phase and status as they were: no effects. */
  private static Outcome stayed(
      ProcessInstance instance, JournalEntry entry, RecordedCriteria criteria, long bound) {
    return Accepted.of(
        instance.next(
            instance.node(), instance.status(), criteria, instance.journal().append(entry), bound),
        entry,
        EffectsPlan.NONE);
  }
}
