package no.levehelelivet.process;

import static no.levehelelivet.process.internal.ProcessMessages.format;
import static no.levehelelivet.process.internal.ProcessMessages.list;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Optional;
import no.levehelelivet.process.DefinitionIndex.Compiled;
import no.levehelelivet.process.DefinitionIndex.PhaseNode;
import no.levehelelivet.process.internal.ProcessMessages;
import org.jspecify.annotations.Nullable;

/**
 * The engine's guards: every check a command must pass, each adding a {@link Reason} when it fails,
 * so that a rejection names every reason. The same checks serve firing (with a command) and
 * verdicts (without one, skipping what only a command carries). Stateless.
 */
final class Guards {

  private static final ImmutableList<String> ACTIVE = ImmutableList.of("active");
  private static final ImmutableList<String> PAUSED = ImmutableList.of("paused");
  private static final ImmutableList<String> ACTIVE_OR_PAUSED =
      ImmutableList.of("active", "paused");

  private Guards() {}

  /** Reasons collected lazily, so the accepted path allocates no list. */
  static final class Reasons {
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

  /**
   * Whether a process in {@code status} may take a command of {@code kind} (null for recording a
   * criterion or answering a question): resume needs a paused process, abandon one not yet
   * completed or abandoned, everything else an active one.
   */
  static boolean statusAllows(ProcessStatus status, @Nullable TransitionKind kind) {
    if (kind == TransitionKind.RESUME) {
      return status == ProcessStatus.PAUSED;
    }
    if (kind == TransitionKind.ABANDON) {
      return !status.isFinal();
    }
    return status == ProcessStatus.ACTIVE;
  }

  static void checkStatus(
      ProcessStatus status, @Nullable TransitionKind kind, String trigger, Reasons reasons) {
    if (statusAllows(status, kind)) {
      return;
    }
    if (kind == TransitionKind.RESUME && status == ProcessStatus.ACTIVE) {
      reasons.add(
          ReasonCode.NOT_PAUSED,
          trigger,
          status.code(),
          PAUSED,
          format(ProcessMessages.P012, "\"%s\" needs a paused process, but it is active", trigger));
    } else {
      ImmutableList<String> needed =
          kind == TransitionKind.RESUME
              ? PAUSED
              : kind == TransitionKind.ABANDON ? ACTIVE_OR_PAUSED : ACTIVE;
      notActive(status, trigger, needed, reasons);
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

  static @Nullable Compiled checkTransition(
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

  /** The node of {@code target} if it is a phase before {@code node}, where a revisit may go. */
  static @Nullable PhaseNode earlierNode(
      DefinitionIndex index, PhaseNode node, @Nullable String target) {
    PhaseNode targetNode = target == null ? null : index.findNode(target);
    return targetNode != null && targetNode.index() < node.index() ? targetNode : null;
  }

  private static void checkTarget(
      DefinitionIndex index,
      PhaseNode node,
      String trigger,
      @Nullable String target,
      Reasons reasons) {
    if (earlierNode(index, node, target) != null) {
      return;
    }
    PhaseNode targetNode = target == null ? null : index.findNode(target);
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

  static void checkRecord(
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
    DefinitionIndex.CriterionSlot slot = code == null ? null : index.criterionSlot(code);
    if (code == null || slot == null) {
      ImmutableList<String> known = index.criterionSlots().keySet().asList();
      reasons.add(
          ReasonCode.UNKNOWN_CRITERION,
          trigger,
          code,
          known,
          code == null
              ? format(
                  ProcessMessages.P009,
                  "\"%s\" needs the code of a criterion; the definition's criteria are %s",
                  trigger,
                  list(known))
              : format(
                  ProcessMessages.P009,
                  "unknown criterion \"%s\" for \"%s\"; the definition's criteria are %s",
                  ProcessMessages.shorten(code),
                  trigger,
                  list(known)));
      return;
    }
    if (!slot.recorders().contains(role)) {
      notPermitted(
          trigger, role, slot.recorders().asList(), "record criterion \"" + code + "\"", reasons);
    }
    if (slot.criterion().isEvidenceRequired() && command.evidence().isEmpty()) {
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
    for (DefinitionIndex.CriterionSlot slot : index.criterionSlots().values()) {
      if (slot.recorders().contains(role)) {
        return true;
      }
    }
    return false;
  }

  private static ImmutableList<String> recordingRoles(DefinitionIndex index) {
    java.util.LinkedHashSet<String> roles = new java.util.LinkedHashSet<>();
    for (DefinitionIndex.CriterionSlot slot : index.criterionSlots().values()) {
      roles.addAll(slot.recorders());
    }
    return ImmutableList.copyOf(roles);
  }

  static ImmutableList<String> recordable(
      ProcessInstance instance, DefinitionIndex index, String role) {
    ImmutableList.Builder<String> codes = ImmutableList.builder();
    for (DefinitionIndex.CriterionSlot slot : index.criterionSlots().values()) {
      String criterion = slot.criterion().code();
      if (slot.recorders().contains(role) && !instance.isMet(criterion)) {
        codes.add(criterion);
      }
    }
    return codes.build();
  }

  static void checkAnswer(
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
          code == null
              ? format(
                  ProcessMessages.P010,
                  "\"%s\" needs the code of a reflection question; the definition's are %s",
                  trigger,
                  list(known))
              : format(
                  ProcessMessages.P010,
                  "unknown reflection question \"%s\" for \"%s\"; the definition's are %s",
                  ProcessMessages.shorten(code),
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
}
