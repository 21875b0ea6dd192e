package no.levehelelivet.serialization.internal.wire.v2;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.process.Criterion;
import no.levehelelivet.process.DefinitionProblem;
import no.levehelelivet.process.InvalidDefinitionException;
import no.levehelelivet.process.Phase;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.Role;
import no.levehelelivet.process.Transition;
import no.levehelelivet.process.TransitionKind;
import no.levehelelivet.serialization.WireCode;
import no.levehelelivet.serialization.internal.DocumentBinder;
import no.levehelelivet.serialization.internal.Fields;
import no.levehelelivet.serialization.internal.JsonOut;
import org.jspecify.annotations.Nullable;

/**
 * The {@code process-definition} document, major 2: a standard or tailored definition, also
 * readable from YAML. Members, in this order:
 *
 * <ol>
 *   <li>{@code id} (a code), {@code version} (a whole number from 1), {@code name} (a localized
 *       text), optional {@code basedOn} ({@code "id@version"});
 *   <li>{@code roles}: {@code code} and {@code label}, each role the definition refers to; every
 *       other member names roles by code, and a code not listed here is an unknown code;
 *   <li>{@code phases}, in process order: {@code code}, {@code label}, optional {@code
 *       description}, {@code initial}, {@code questions} (reflection question bodies), {@code
 *       milestones} (milestone bodies), optional {@code targetDate};
 *   <li>{@code transitions}: {@code trigger} ({@code code} and {@code label}), {@code kind} (a code
 *       of {@link TransitionKind}), {@code fromEveryPhase}, {@code fromPhases}, optional {@code
 *       to}, {@code criteria}, {@code roles}, {@code noteRequired}, {@code resetsCriteria};
 *   <li>{@code criteria}: {@code code}, {@code label}, {@code evidenceRequired}, optional {@code
 *       recordableEarly} (only when true), {@code recordedBy} (role codes);
 *   <li>{@code answeringRoles}: role codes.
 * </ol>
 *
 * <p>Lists and sets keep the definition's own order, which is part of its digest. A definition that
 * breaks a rule of definitions is reported with {@code LHL-S-013}, one problem per rule.
 */
final class ProcessDefinitionWire implements DocumentBinder<ProcessDefinition> {

  /** The binder. */
  public static final ProcessDefinitionWire INSTANCE = new ProcessDefinitionWire();

  /** The wire names of the fields that core and process name in their refusals. */
  static final ImmutableMap<String, String> ALIASES =
      ImmutableMap.of(
          "definition id", "id",
          "definition version", "version",
          "phase code", "code",
          "trigger code", "code",
          "role code", "code",
          "criterion code", "code",
          "transition to", "to");

  private ProcessDefinitionWire() {}

  @Override
  public void write(JsonOut out, ProcessDefinition definition) {
    out.string("id", definition.id());
    out.number("version", definition.version());
    CommonWire.writeText(out, "name", definition.name());
    out.optional("basedOn", definition.basedOn());
    out.startArray("roles");
    for (Role role : definition.roles()) {
      RoleWire.write(out, role);
    }
    out.endArray();
    out.startArray("phases");
    for (Phase phase : definition.phases()) {
      PhaseWire.write(out, phase);
    }
    out.endArray();
    out.startArray("transitions");
    for (Transition transition : definition.transitions()) {
      TransitionWire.write(out, transition);
    }
    out.endArray();
    out.startArray("criteria");
    for (Criterion criterion : definition.criteria()) {
      CriterionWire.write(out, criterion);
    }
    out.endArray();
    RoleWire.writeCodes(out, "answeringRoles", definition.answeringRoles());
  }

  @SuppressWarnings("NullAway") // build() runs the builder only when every required member is bound
  @Override
  public @Nullable ProcessDefinition read(Fields fields) {
    String id = fields.string("id");
    Long version = fields.integer("version", 1, Integer.MAX_VALUE);
    LocalizedText name = CommonWire.readText(fields, "name", true);
    String basedOn = fields.optionalString("basedOn");
    List<Role> roleList = fields.objects("roles", RoleWire::read);
    Map<String, Role> roles = new LinkedHashMap<>();
    if (roleList != null) {
      roleList.forEach(role -> roles.putIfAbsent(role.code(), role));
    }
    List<Phase> phases = fields.objects("phases", PhaseWire::read);
    List<Transition> transitions =
        fields.objects("transitions", f -> TransitionWire.read(f, roles));
    List<Criterion> criteria = fields.objects("criteria", f -> CriterionWire.read(f, roles));
    List<Role> answering = RoleWire.readCodes(fields, "answeringRoles", roles);
    return fields.build(
        ALIASES,
        () -> {
          ProcessDefinition.Builder builder =
              ProcessDefinition.builder()
                  .id(id)
                  .version(version.intValue())
                  .name(name)
                  .addAllRoles(roleList)
                  .addAllPhases(phases)
                  .addAllTransitions(transitions)
                  .addAllCriteria(criteria)
                  .addAllAnsweringRoles(answering);
          if (basedOn != null) {
            builder.basedOn(basedOn);
          }
          try {
            return builder.build();
          } catch (InvalidDefinitionException e) {
            for (DefinitionProblem problem : e.problems()) {
              fields
                  .problems()
                  .error(
                      WireCode.INVALID_DEFINITION,
                      subject(problem.subject(), roleList, phases, transitions, criteria),
                      problem.message(),
                      null);
            }
            return null;
          }
        });
  }

  /** The pointer of what a definition problem concerns: a role, phase, trigger or criterion. */
  private static String subject(
      String code,
      List<Role> roles,
      List<Phase> phases,
      List<Transition> transitions,
      List<Criterion> criteria) {
    for (int i = 0; i < phases.size(); i++) {
      if (phases.get(i).code().equals(code)) {
        return "/phases/" + i;
      }
    }
    for (int i = 0; i < transitions.size(); i++) {
      if (transitions.get(i).trigger().code().equals(code)) {
        return "/transitions/" + i;
      }
    }
    for (int i = 0; i < criteria.size(); i++) {
      if (criteria.get(i).code().equals(code)) {
        return "/criteria/" + i;
      }
    }
    for (int i = 0; i < roles.size(); i++) {
      if (roles.get(i).code().equals(code)) {
        return "/roles/" + i;
      }
    }
    return "";
  }
}
