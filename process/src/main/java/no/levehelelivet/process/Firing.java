package no.levehelelivet.process;

import static no.levehelelivet.process.internal.ProcessMessages.format;
import static no.levehelelivet.process.internal.ProcessMessages.list;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import no.levehelelivet.process.DefinitionIndex.Compiled;
import no.levehelelivet.process.DefinitionIndex.PhaseNode;
import no.levehelelivet.process.internal.ProcessMessages;
import no.levehelelivet.process.journal.JournalEntry;
import org.jspecify.annotations.Nullable;

/**
 * The engine's rules: which commands are allowed, and what an accepted one does. Stateless. The
 * same checks serve firing (with a command) and verdicts (without one, skipping what only a command
 * carries). On the accepted path firing does a few map lookups and allocates the entry, the journal
 * handle, the instance and the outcome; it never hashes.
 */
final class Firing {

  private static final ImmutableList<Effect> ON_COMPLETE =
      ImmutableList.of(CancelDeadlines.of(ProcessStatus.COMPLETED));
  private static final ImmutableList<Effect> ON_ABANDON =
      ImmutableList.of(CancelDeadlines.of(ProcessStatus.ABANDONED));
  private static final ImmutableList<String> ACTIVE = ImmutableList.of("active");
  private static final ImmutableList<String> PAUSED = ImmutableList.of("paused");
  private static final ImmutableList<String> ACTIVE_OR_PAUSED =
      ImmutableList.of("active", "paused");

  private Firing() {}

  /** Reasons collected lazily, so the accepted path allocates no list. */
  private static final class Reasons {
    private @Nullable ArrayList<Reason> list;

    void add(
        ReasonCode code,
        String trigger,
        @Nullable String subject,
        ImmutableList<String> accepted,
        String message) {
      if (list == null) {
        list = new ArrayList<>(4);
      }
      list.add(Reason.create(code, trigger, Optional.ofNullable(subject), accepted, message));
    }

    boolean isEmpty() {
      return list == null;
    }

    ImmutableList<Reason> build() {
      return list == null ? ImmutableList.of() : ImmutableList.copyOf(list);
    }
  }

  static Outcome fire(ProcessInstance instance, Command command, Clock clock) {
    DefinitionIndex index = instance.definition().index();
    String trigger = command.trigger();
    Reasons reasons = new Reasons();
    if (index.trigger(trigger) == null) {
      reasons.add(
          ReasonCode.UNKNOWN_TRIGGER,
          trigger,
          trigger,
          index.triggerCodes(),
          format(
              ProcessMessages.P006,
              "unknown trigger \"%s\"; the definition's triggers are %s",
              ProcessMessages.shorten(trigger),
              list(index.triggerCodes())));
      return Rejected.of(instance, command, reasons.build());
    }
    OptionalLong expected = command.expectedVersion();
    if (expected.isPresent() && expected.getAsLong() != instance.version()) {
      reasons.add(
          ReasonCode.STALE_VERSION,
          trigger,
          Long.toString(expected.getAsLong()),
          ImmutableList.of(Long.toString(instance.version())),
          format(
              ProcessMessages.P005,
              "the command expected version %d but the process is at version %d; reload it and"
                  + " decide again",
              expected.getAsLong(),
              instance.version()));
    }
    String role = command.actor().role().code();
    PhaseNode node = index.node(instance.phase());
    if (trigger.equals(Trigger.RECORD_CRITERION.code())) {
      checkRecord(instance, index, role, command, reasons);
      return reasons.isEmpty()
          ? recordCriterion(instance, command, clock)
          : Rejected.of(instance, command, reasons.build());
    }
    if (trigger.equals(Trigger.ANSWER_QUESTION.code())) {
      checkAnswer(instance, index, role, command, reasons);
      return reasons.isEmpty()
          ? answer(instance, command, clock)
          : Rejected.of(instance, command, reasons.build());
    }
    Compiled transition = checkTransition(instance, index, node, trigger, role, command, reasons);
    if (!reasons.isEmpty() || transition == null) {
      return Rejected.of(instance, command, reasons.build());
    }
    return apply(instance, index, node, transition, command, clock);
  }

  static ImmutableList<Verdict> verdicts(ProcessInstance instance, Actor actor) {
    DefinitionIndex index = instance.definition().index();
    PhaseNode node = index.node(instance.phase());
    String role = actor.role().code();
    ImmutableList.Builder<Verdict> verdicts = ImmutableList.builder();
    for (Trigger trigger : index.triggerOrder()) {
      Reasons reasons = new Reasons();
      ImmutableList<String> options = ImmutableList.of();
      if (trigger.equals(Trigger.RECORD_CRITERION)) {
        checkRecord(instance, index, role, null, reasons);
        options = recordable(instance, index, role);
      } else if (trigger.equals(Trigger.ANSWER_QUESTION)) {
        checkAnswer(instance, index, role, null, reasons);
        options = index.questions().keySet().asList();
      } else {
        Compiled transition =
            checkTransition(instance, index, node, trigger.code(), role, null, reasons);
        if (transition != null && transition.kind() == TransitionKind.REVISIT) {
          options = node.earlierPhases();
        }
      }
      verdicts.add(Verdict.of(trigger, reasons.build(), options));
    }
    return verdicts.build();
  }

  private static void checkStatus(
      ProcessStatus status, @Nullable TransitionKind kind, String trigger, Reasons reasons) {
    if (kind == TransitionKind.RESUME) {
      if (status == ProcessStatus.ACTIVE) {
        reasons.add(
            ReasonCode.NOT_PAUSED,
            trigger,
            status.code(),
            PAUSED,
            format(
                ProcessMessages.P012, "\"%s\" needs a paused process, but it is active", trigger));
      } else if (status != ProcessStatus.PAUSED) {
        notActive(status, trigger, PAUSED, reasons);
      }
    } else if (kind == TransitionKind.ABANDON) {
      if (status.isFinal()) {
        notActive(status, trigger, ACTIVE_OR_PAUSED, reasons);
      }
    } else if (status != ProcessStatus.ACTIVE) {
      notActive(status, trigger, ACTIVE, reasons);
    }
  }

  private static void notActive(
      ProcessStatus status, String trigger, ImmutableList<String> needed, Reasons reasons) {
    String advice =
        status == ProcessStatus.PAUSED
            ? "resume it first"
            : "a " + status.code() + " process cannot change";
    reasons.add(
        ReasonCode.PROCESS_NOT_ACTIVE,
        trigger,
        status.code(),
        needed,
        format(
            ProcessMessages.P001,
            "\"%s\" needs a process that is %s, but it is %s; %s",
            trigger,
            String.join(" or ", needed),
            status.code(),
            advice));
  }

  private static void notPermitted(
      String trigger, String role, ImmutableList<String> permitted, String what, Reasons reasons) {
    reasons.add(
        ReasonCode.ROLE_NOT_PERMITTED,
        trigger,
        role,
        permitted,
        format(
            ProcessMessages.P004,
            "role \"%s\" may not %s; permitted roles are %s",
            role,
            what,
            list(permitted)));
  }

  private static @Nullable Compiled checkTransition(
      ProcessInstance instance,
      DefinitionIndex index,
      PhaseNode node,
      String trigger,
      String role,
      @Nullable Command command,
      Reasons reasons) {
    checkStatus(instance.status(), index.kind(trigger), trigger, reasons);
    Compiled transition = node.byTrigger().get(trigger);
    if (transition == null) {
      ImmutableList<String> allowed = index.allowedFrom(trigger);
      reasons.add(
          ReasonCode.NOT_ALLOWED_FROM_PHASE,
          trigger,
          instance.phase(),
          allowed,
          format(
              ProcessMessages.P002,
              "\"%s\" is not allowed from phase \"%s\"; it is allowed from %s",
              trigger,
              instance.phase(),
              list(allowed)));
      ImmutableList<String> roles = index.rolesFor(trigger);
      if (!roles.contains(role)) {
        notPermitted(trigger, role, roles, "fire \"" + trigger + "\"", reasons);
      }
      return null;
    }
    if (!transition.roleCodes().contains(role)) {
      notPermitted(trigger, role, transition.roleList(), "fire \"" + trigger + "\"", reasons);
    }
    ImmutableMap<String, CriterionRecord> met = instance.criteria();
    ImmutableList<String> criteria = transition.criteria();
    for (int i = 0; i < criteria.size(); i++) {
      String criterion = criteria.get(i);
      if (!met.containsKey(criterion)) {
        reasons.add(
            ReasonCode.CRITERION_NOT_MET,
            trigger,
            criterion,
            ImmutableList.of(),
            format(
                ProcessMessages.P003,
                "\"%s\" needs criterion \"%s\" to be recorded as met; record it first",
                trigger,
                criterion));
      }
    }
    if (command != null) {
      if (transition.noteRequired() && !command.hasNote()) {
        reasons.add(
            ReasonCode.NOTE_REQUIRED,
            trigger,
            trigger,
            ImmutableList.of(),
            format(ProcessMessages.P007, "\"%s\" needs a note saying why", trigger));
      }
      if (transition.kind() == TransitionKind.REVISIT) {
        checkTarget(index, node, trigger, command.target().orElse(null), reasons);
      }
    }
    return transition;
  }

  private static void checkTarget(
      DefinitionIndex index,
      PhaseNode node,
      String trigger,
      @Nullable String target,
      Reasons reasons) {
    PhaseNode targetNode = target == null ? null : index.findNode(target);
    if (targetNode != null && targetNode.index() < node.index()) {
      return;
    }
    String problem =
        target == null
            ? "needs a target phase"
            : targetNode == null
                ? "names unknown phase \"" + ProcessMessages.shorten(target) + "\""
                : "names phase \""
                    + target
                    + "\", which is not earlier than \""
                    + node.phase().code()
                    + "\"";
    reasons.add(
        ReasonCode.BAD_REVISIT_TARGET,
        trigger,
        target,
        node.earlierPhases(),
        format(
            ProcessMessages.P008,
            "\"%s\" %s; it may go back to %s",
            trigger,
            problem,
            list(node.earlierPhases())));
  }

  private static void checkRecord(
      ProcessInstance instance,
      DefinitionIndex index,
      String role,
      @Nullable Command command,
      Reasons reasons) {
    String trigger = Trigger.RECORD_CRITERION.code();
    checkStatus(instance.status(), null, trigger, reasons);
    if (command == null) {
      if (recordable(instance, index, role).isEmpty() && !recordsAny(index, role)) {
        notPermitted(trigger, role, recordingRoles(index), "record any criterion", reasons);
      }
      return;
    }
    String code = command.criterion().orElse(null);
    Criterion criterion = code == null ? null : index.criteria().get(code);
    if (code == null || criterion == null) {
      ImmutableList<String> known = index.criteria().keySet().asList();
      reasons.add(
          ReasonCode.UNKNOWN_CRITERION,
          trigger,
          code,
          known,
          format(
              ProcessMessages.P009,
              code == null
                  ? "\"%s\" needs the code of a criterion; the definition's criteria are %s"
                  : "unknown criterion \""
                      + ProcessMessages.shorten(code)
                      + "\" for \"%s\"; the definition's criteria are %s",
              trigger,
              list(known)));
      return;
    }
    ImmutableList<String> recorders = index.recorders(code).asList();
    if (!recorders.contains(role)) {
      notPermitted(trigger, role, recorders, "record criterion \"" + code + "\"", reasons);
    }
    if (criterion.isEvidenceRequired() && command.evidence().isEmpty()) {
      reasons.add(
          ReasonCode.EVIDENCE_REQUIRED,
          trigger,
          code,
          ImmutableList.of(),
          format(
              ProcessMessages.P011,
              "criterion \"%s\" needs an evidence reference, such as the case number of the"
                  + " decision",
              code));
    }
  }

  private static boolean recordsAny(DefinitionIndex index, String role) {
    for (String criterion : index.criteria().keySet()) {
      if (index.recorders(criterion).contains(role)) {
        return true;
      }
    }
    return false;
  }

  private static ImmutableList<String> recordingRoles(DefinitionIndex index) {
    java.util.LinkedHashSet<String> roles = new java.util.LinkedHashSet<>();
    for (String criterion : index.criteria().keySet()) {
      roles.addAll(index.recorders(criterion));
    }
    return ImmutableList.copyOf(roles);
  }

  private static ImmutableList<String> recordable(
      ProcessInstance instance, DefinitionIndex index, String role) {
    ImmutableList.Builder<String> codes = ImmutableList.builder();
    for (String criterion : index.criteria().keySet()) {
      if (index.recorders(criterion).contains(role) && !instance.isMet(criterion)) {
        codes.add(criterion);
      }
    }
    return codes.build();
  }

  private static void checkAnswer(
      ProcessInstance instance,
      DefinitionIndex index,
      String role,
      @Nullable Command command,
      Reasons reasons) {
    String trigger = Trigger.ANSWER_QUESTION.code();
    checkStatus(instance.status(), null, trigger, reasons);
    if (!index.answeringRoles().contains(role)) {
      notPermitted(
          trigger, role, index.answeringRoles().asList(), "answer reflection questions", reasons);
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
          format(
              ProcessMessages.P010,
              code == null
                  ? "\"%s\" needs the code of a reflection question; the definition's are %s"
                  : "unknown reflection question \""
                      + ProcessMessages.shorten(code)
                      + "\" for \"%s\"; the definition's are %s",
              trigger,
              list(known)));
    }
    if (!command.hasNote()) {
      reasons.add(
          ReasonCode.NOTE_REQUIRED,
          trigger,
          trigger,
          ImmutableList.of(),
          format(ProcessMessages.P007, "\"%s\" needs the answer as its note", trigger));
    }
  }

  private static Outcome apply(
      ProcessInstance instance,
      DefinitionIndex index,
      PhaseNode node,
      Compiled transition,
      Command command,
      Clock clock) {
    String phase = instance.phase();
    ProcessStatus status = instance.status();
    ImmutableList<Effect> effects;
    ImmutableSortedMap<String, String> attributes = ImmutableSortedMap.of();
    switch (transition.kind()) {
      case MOVE -> {
        phase = requireTarget(transition.to());
        effects = enter(instance, index.node(phase));
      }
      case REVISIT -> {
        phase = requireTarget(command.target().orElse(null));
        attributes = ImmutableSortedMap.of(EntryKeys.TARGET_PHASE, phase);
        effects = enter(instance, index.node(phase));
      }
      case PAUSE -> {
        status = ProcessStatus.PAUSED;
        effects = node.onPause();
      }
      case RESUME -> {
        status = ProcessStatus.ACTIVE;
        effects = enter(instance, node);
      }
      case COMPLETE -> {
        status = ProcessStatus.COMPLETED;
        effects = ON_COMPLETE;
      }
      case ABANDON -> {
        status = ProcessStatus.ABANDONED;
        effects = ON_ABANDON;
      }
      default -> throw new IllegalStateException("unknown kind " + transition.kind());
    }
    ImmutableMap<String, CriterionRecord> criteria = instance.criteria();
    if (!transition.resets().isEmpty()) {
      ImmutableMap.Builder<String, CriterionRecord> kept = ImmutableMap.builder();
      for (Map.Entry<String, CriterionRecord> entry : criteria.entrySet()) {
        if (!transition.resets().contains(entry.getKey())) {
          kept.put(entry);
        }
      }
      criteria = kept.buildOrThrow();
    }
    JournalEntry entry = entry(instance, command, clock.instant(), phase, status, attributes);
    return Accepted.of(
        instance.next(phase, status, criteria, instance.journal().append(entry)), entry, effects);
  }

  private static String requireTarget(@Nullable String phase) {
    if (phase == null) {
      throw new IllegalStateException("checked before applying");
    }
    return phase;
  }

  private static ImmutableList<Effect> enter(ProcessInstance instance, PhaseNode node) {
    LocalDate planned = instance.plannedTargetDates().get(node.phase().code());
    return planned == null
        ? node.onEnter()
        : DefinitionIndex.enterEffects(node.phase(), node.responsibleRoles(), planned);
  }

  private static JournalEntry entry(
      ProcessInstance instance,
      Command command,
      Instant time,
      String toPhase,
      ProcessStatus status,
      ImmutableSortedMap<String, String> attributes) {
    Actor actor = command.actor();
    return JournalEntry.of(
        instance.version() + 1,
        time,
        actor.id(),
        actor.role().code(),
        command.trigger(),
        instance.phase(),
        toPhase,
        status.code(),
        command.note(),
        command.evidence(),
        attributes);
  }

  private static Outcome recordCriterion(ProcessInstance instance, Command command, Clock clock) {
    String criterion = command.criterion().orElseThrow();
    JournalEntry entry =
        entry(
            instance,
            command,
            clock.instant(),
            instance.phase(),
            instance.status(),
            ImmutableSortedMap.of(EntryKeys.CRITERION, criterion));
    CriterionRecord record =
        CriterionRecord.create(
            criterion,
            entry.actorId(),
            entry.role(),
            entry.time(),
            entry.evidence(),
            entry.note(),
            entry.sequence());
    ImmutableMap<String, CriterionRecord> criteria =
        ImmutableMap.<String, CriterionRecord>builderWithExpectedSize(
                instance.criteria().size() + 1)
            .putAll(instance.criteria())
            .put(criterion, record)
            .buildKeepingLast();
    return Accepted.of(
        instance.next(
            instance.phase(), instance.status(), criteria, instance.journal().append(entry)),
        entry,
        ImmutableList.of());
  }

  private static Outcome answer(ProcessInstance instance, Command command, Clock clock) {
    JournalEntry entry =
        entry(
            instance,
            command,
            clock.instant(),
            instance.phase(),
            instance.status(),
            ImmutableSortedMap.of(EntryKeys.QUESTION, command.question().orElseThrow()));
    return Accepted.of(
        instance.next(
            instance.phase(),
            instance.status(),
            instance.criteria(),
            instance.journal().append(entry)),
        entry,
        ImmutableList.of());
  }
}
