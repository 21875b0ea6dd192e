package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashSet;
import org.jspecify.annotations.Nullable;

/**
 * The guard of recording a criterion as met: status, a known criterion, a role that may record it,
 * and the evidence it needs. Stateless.
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
      if (recordable(instance, index, role).isEmpty() && !recordsAny(index, role)) {
        reasons.notPermitted(
            trigger, role, recordingRoles(index), "record-any", ImmutableList.of());
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
    if (slot.criterion().isEvidenceRequired() && command.evidence().isEmpty()) {
      reasons.add(ReasonCode.EVIDENCE_REQUIRED, trigger, code, ImmutableList.of());
    }
  }

  /** The criteria {@code role} may record and the instance has not yet met, in order. */
  static ImmutableList<String> recordable(
      ProcessInstance instance, DefinitionIndex index, String role) {
    ImmutableList.Builder<String> codes = ImmutableList.builder();
    for (CriterionSlot slot : index.criterionSlots().values()) {
      String criterion = slot.criterion().code();
      if (slot.recorders().contains(role) && !instance.isMet(criterion)) {
        codes.add(criterion);
      }
    }
    return codes.build();
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
