package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashSet;
import org.jspecify.annotations.Nullable;

/**
 * The guard of recording a criterion as met: status, a known criterion, a role that may record it,
 * a phase the process has reached, and the evidence it needs. Stateless.
 */
final class RecordGuard {

  private RecordGuard() {}

  /**
   * Checks recording a criterion, adding a reason for every check that fails; {@code command} is
   * null for a verdict, which asks only whether the role may record any criterion.
   */
  static void check(
      ProcessInstance instance,
      DefinitionIndex index,
      String role,
      @Nullable Command command,
      Reasons reasons) {
    String trigger = Trigger.RECORD_CRITERION.code();
    StatusGuard.check(instance.status(), null, trigger, reasons);
    if (command == null) {
      if (recordable(instance, index, role).isEmpty()) {
        if (!recordsAny(index, role)) {
          reasons.notPermitted(
              trigger, role, recordingRoles(index), "record-any", ImmutableList.of());
        } else {
          notYetReached(instance, index, role, reasons);
        }
      }
      return;
    }
    String code = command.criterion().orElse(null);
    CriterionSlot slot = code == null ? null : index.criterionSlot(code);
    if (code == null || slot == null) {
      ImmutableList<String> known = index.criterionSlots().keySet().asList();
      reasons.add(
          ReasonCode.UNKNOWN_CRITERION,
          trigger,
          code,
          known,
          code == null ? "missing" : "",
          ImmutableList.of());
      return;
    }
    if (!slot.recorders().contains(role)) {
      reasons.notPermitted(
          trigger, role, slot.recorders().asList(), "record", ImmutableList.of(code));
    }
    if (!reached(instance, slot)) {
      String phase = index.nodeAt(slot.earliestPhase()).phase().code();
      reasons.add(
          ReasonCode.PHASE_NOT_REACHED,
          trigger,
          code,
          ImmutableList.of(phase),
          "",
          ImmutableList.of(instance.phase()));
    }
    if (slot.criterion().isEvidenceRequired() && command.evidence().isEmpty()) {
      reasons.add(ReasonCode.EVIDENCE_REQUIRED, trigger, code, ImmutableList.of());
    }
  }

  /**
   * Whether the process has reached the criterion's phase: it is in that phase or a later one, in
   * the definition's order. After a revisit to an earlier phase, a later phase's criteria wait
   * until the process is back there.
   */
  private static boolean reached(ProcessInstance instance, CriterionSlot slot) {
    return instance.node().index() >= slot.earliestPhase();
  }

  /**
   * The criteria {@code role} may record and the instance has not yet met, of phases it has
   * reached, in order.
   */
  static ImmutableList<String> recordable(
      ProcessInstance instance, DefinitionIndex index, String role) {
    ImmutableList.Builder<String> codes = ImmutableList.builder();
    for (CriterionSlot slot : index.criterionSlots().values()) {
      String criterion = slot.criterion().code();
      if (slot.recorders().contains(role)
          && reached(instance, slot)
          && !instance.isMet(criterion)) {
        codes.add(criterion);
      }
    }
    return codes.build();
  }

  /**
   * For a verdict on a role with nothing to record now: the first criterion it may record that is
   * not met and waits for a later phase, if any, as {@code LHL-P-014}; a role whose criteria are
   * all met keeps an allowed verdict, for recording one again.
   */
  private static void notYetReached(
      ProcessInstance instance, DefinitionIndex index, String role, Reasons reasons) {
    for (CriterionSlot slot : index.criterionSlots().values()) {
      String code = slot.criterion().code();
      if (slot.recorders().contains(role) && !reached(instance, slot) && !instance.isMet(code)) {
        String phase = index.nodeAt(slot.earliestPhase()).phase().code();
        reasons.add(
            ReasonCode.PHASE_NOT_REACHED,
            Trigger.RECORD_CRITERION.code(),
            code,
            ImmutableList.of(phase),
            "role",
            ImmutableList.of(instance.phase(), role));
        return;
      }
    }
  }

  private static boolean recordsAny(DefinitionIndex index, String role) {
    for (CriterionSlot slot : index.criterionSlots().values()) {
      if (slot.recorders().contains(role)) {
        return true;
      }
    }
    return false;
  }

  private static ImmutableList<String> recordingRoles(DefinitionIndex index) {
    LinkedHashSet<String> roles = new LinkedHashSet<>();
    for (CriterionSlot slot : index.criterionSlots().values()) {
      roles.addAll(slot.recorders());
    }
    return ImmutableList.copyOf(roles);
  }
}
