package no.levehelelivet.serialization.internal.wire.v2;

import java.util.List;
import java.util.Map;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.process.Role;
import no.levehelelivet.process.Transition;
import no.levehelelivet.process.TransitionKind;
import no.levehelelivet.process.Trigger;
import no.levehelelivet.serialization.internal.Fields;
import no.levehelelivet.serialization.internal.JsonOut;
import org.jspecify.annotations.Nullable;

/**
 * A transition (<i>overgang</i>) of a {@code process-definition} document: {@code trigger} ({@code
 * code} and {@code label}), {@code kind} (a code of {@link TransitionKind}), {@code
 * fromEveryPhase}, {@code fromPhases}, optional {@code to}, {@code criteria}, {@code roles}, {@code
 * noteRequired}, {@code resetsCriteria}.
 */
final class TransitionWire {

  private TransitionWire() {}

  static void write(JsonOut out, Transition transition) {
    out.startObject();
    out.startObject("trigger");
    out.string("code", transition.trigger().code());
    CommonWire.writeText(out, "label", transition.trigger().label());
    out.endObject();
    out.code("kind", transition.kind());
    out.bool("fromEveryPhase", transition.isFromEveryPhase());
    out.texts("fromPhases", List.copyOf(transition.fromPhases()));
    out.optional("to", transition.to());
    out.texts("criteria", transition.criteria());
    RoleWire.writeCodes(out, "roles", transition.roles());
    out.bool("noteRequired", transition.isNoteRequired());
    out.texts("resetsCriteria", List.copyOf(transition.resetsCriteria()));
    out.endObject();
  }

  @SuppressWarnings("NullAway") // build() runs the builder only when every required member is bound
  static @Nullable Transition read(Fields fields, Map<String, Role> roles) {
    Trigger trigger = fields.object("trigger", true, TransitionWire::readTrigger);
    TransitionKind kind = fields.code("kind", true, TransitionKind::fromCode);
    Boolean everyPhase = fields.bool("fromEveryPhase");
    List<String> from = fields.list("fromPhases", "a phase code", text -> text);
    String to = fields.optionalString("to");
    List<String> criteria = fields.list("criteria", "a criterion code", text -> text);
    List<Role> permitted = RoleWire.readCodes(fields, "roles", roles);
    Boolean noteRequired = fields.bool("noteRequired");
    List<String> resets = fields.list("resetsCriteria", "a criterion code", text -> text);
    return fields.build(
        ProcessDefinitionWire.ALIASES,
        () -> {
          Transition.Builder builder =
              Transition.builder()
                  .trigger(trigger)
                  .kind(kind)
                  .fromEveryPhase(everyPhase)
                  .addAllFromPhases(from)
                  .addAllCriteria(criteria)
                  .addAllRoles(permitted)
                  .noteRequired(noteRequired)
                  .addAllResetsCriteria(resets);
          if (to != null) {
            builder.to(to);
          }
          return builder.build();
        });
  }

  @SuppressWarnings("NullAway") // build() runs the builder only when every required member is bound
  private static @Nullable Trigger readTrigger(Fields fields) {
    String code = fields.string("code");
    LocalizedText label = CommonWire.readText(fields, "label", true);
    return fields.build(ProcessDefinitionWire.ALIASES, () -> Trigger.of(code, label));
  }
}
