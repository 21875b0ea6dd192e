package no.levehelelivet.serialization.internal.wire.v2;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.core.reflection.ReflectionQuestion;
import no.levehelelivet.core.timeline.Milestone;
import no.levehelelivet.process.Criterion;
import no.levehelelivet.process.DefinitionProblem;
import no.levehelelivet.process.InvalidDefinitionException;
import no.levehelelivet.process.Phase;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.Role;
import no.levehelelivet.process.Transition;
import no.levehelelivet.process.TransitionKind;
import no.levehelelivet.process.Trigger;
import no.levehelelivet.serialization.WireCode;
import no.levehelelivet.serialization.internal.DocumentBinder;
import no.levehelelivet.serialization.internal.Fields;
import no.levehelelivet.serialization.internal.JsonOut;
import no.levehelelivet.serialization.internal.Node;
import no.levehelelivet.serialization.internal.Pointers;
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
 *       description}, {@code isInitial}, {@code questions} (reflection question bodies), {@code
 *       milestones} (milestone bodies), optional {@code targetDate};
 *   <li>{@code transitions}: {@code trigger} ({@code code} and {@code label}), {@code kind} (a code
 *       of {@link TransitionKind}), {@code isFromEveryPhase}, {@code fromPhases}, optional {@code
 *       to}, {@code criteria}, {@code roles}, {@code isNoteRequired}, {@code resetsCriteria};
 *   <li>{@code criteria}: {@code code}, {@code label}, {@code isEvidenceRequired}, {@code
 *       recordedBy} (role codes);
 *   <li>{@code answeringRoles}: role codes.
 * </ol>
 *
 * <p>Lists and sets keep the definition's own order, which is part of its digest. A definition that
 * breaks a rule of definitions is reported with {@code LHL-S-013}, one problem per rule.
 */
public final class ProcessDefinitionWire implements DocumentBinder<ProcessDefinition> {

  /** The binder. */
  public static final ProcessDefinitionWire INSTANCE = new ProcessDefinitionWire();

  private static final ImmutableMap<String, String> ALIASES =
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
      out.startObject();
      out.string("code", role.code());
      CommonWire.writeText(out, "label", role.label());
      out.endObject();
    }
    out.endArray();
    out.startArray("phases");
    for (Phase phase : definition.phases()) {
      writePhase(out, phase);
    }
    out.endArray();
    out.startArray("transitions");
    for (Transition transition : definition.transitions()) {
      writeTransition(out, transition);
    }
    out.endArray();
    out.startArray("criteria");
    for (Criterion criterion : definition.criteria()) {
      out.startObject();
      out.string("code", criterion.code());
      CommonWire.writeText(out, "label", criterion.label());
      out.bool("isEvidenceRequired", criterion.isEvidenceRequired());
      roleCodes(out, "recordedBy", criterion.recordedBy());
      out.endObject();
    }
    out.endArray();
    roleCodes(out, "answeringRoles", definition.answeringRoles());
  }

  private static void writePhase(JsonOut out, Phase phase) {
    out.startObject();
    out.string("code", phase.code());
    CommonWire.writeText(out, "label", phase.label());
    phase.description().ifPresent(d -> CommonWire.writeText(out, "description", d));
    out.bool("isInitial", phase.isInitial());
    out.startArray("questions");
    for (ReflectionQuestion question : phase.questions()) {
      out.startObject();
      ReflectionQuestionWire.INSTANCE.write(out, question);
      out.endObject();
    }
    out.endArray();
    out.startArray("milestones");
    for (Milestone milestone : phase.milestones()) {
      out.startObject();
      MilestoneWire.INSTANCE.write(out, milestone);
      out.endObject();
    }
    out.endArray();
    phase.targetDate().ifPresent(d -> out.text("targetDate", d));
    out.endObject();
  }

  private static void writeTransition(JsonOut out, Transition transition) {
    out.startObject();
    out.startObject("trigger");
    out.string("code", transition.trigger().code());
    CommonWire.writeText(out, "label", transition.trigger().label());
    out.endObject();
    out.code("kind", transition.kind());
    out.bool("isFromEveryPhase", transition.isFromEveryPhase());
    out.texts("fromPhases", List.copyOf(transition.fromPhases()));
    out.optional("to", transition.to());
    out.texts("criteria", transition.criteria());
    roleCodes(out, "roles", transition.roles());
    out.bool("isNoteRequired", transition.isNoteRequired());
    out.texts("resetsCriteria", List.copyOf(transition.resetsCriteria()));
    out.endObject();
  }

  private static void roleCodes(JsonOut out, String name, Iterable<Role> roles) {
    out.startArray(name);
    roles.forEach(role -> out.string(role.code()));
    out.endArray();
  }

  @SuppressWarnings("NullAway") // build() runs the builder only when every required member is bound
  @Override
  public @Nullable ProcessDefinition read(Fields fields) {
    String id = fields.string("id");
    Long version = fields.integer("version", 1, Integer.MAX_VALUE);
    LocalizedText name = CommonWire.readText(fields, "name", true);
    String basedOn = fields.optionalString("basedOn");
    List<Role> roleList = fields.objects("roles", ProcessDefinitionWire::readRole);
    Map<String, Role> roles = new LinkedHashMap<>();
    if (roleList != null) {
      roleList.forEach(role -> roles.putIfAbsent(role.code(), role));
    }
    List<Phase> phases = fields.objects("phases", ProcessDefinitionWire::readPhase);
    List<Transition> transitions = fields.objects("transitions", f -> readTransition(f, roles));
    List<Criterion> criteria = fields.objects("criteria", f -> readCriterion(f, roles));
    List<Role> answering = roleRefs(fields, "answeringRoles", roles);
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

  @SuppressWarnings("NullAway") // as in read()
  private static @Nullable Role readRole(Fields fields) {
    String code = fields.string("code");
    LocalizedText label = CommonWire.readText(fields, "label", true);
    return fields.build(ALIASES, () -> Role.of(code, label));
  }

  @SuppressWarnings("NullAway") // as in read()
  private static @Nullable Phase readPhase(Fields fields) {
    String code = fields.string("code");
    LocalizedText label = CommonWire.readText(fields, "label", true);
    LocalizedText description = CommonWire.readText(fields, "description", false);
    Boolean initial = fields.bool("isInitial");
    List<ReflectionQuestion> questions =
        fields.objects("questions", ReflectionQuestionWire.INSTANCE::read);
    List<Milestone> milestones = fields.objects("milestones", MilestoneWire.INSTANCE::read);
    LocalDate targetDate =
        fields.parsed("targetDate", false, "an ISO date such as \"2026-11-24\"", LocalDate::parse);
    return fields.build(
        ALIASES,
        () -> {
          Phase.Builder builder =
              Phase.builder()
                  .code(code)
                  .label(label)
                  .isInitial(initial)
                  .addAllQuestions(questions)
                  .addAllMilestones(milestones);
          if (description != null) {
            builder.description(description);
          }
          if (targetDate != null) {
            builder.targetDate(targetDate);
          }
          return builder.build();
        });
  }

  @SuppressWarnings("NullAway") // as in read()
  private static @Nullable Transition readTransition(Fields fields, Map<String, Role> roles) {
    Trigger trigger = fields.object("trigger", true, ProcessDefinitionWire::readTrigger);
    TransitionKind kind = fields.code("kind", true, ProcessDefinitionWire::kind);
    Boolean everyPhase = fields.bool("isFromEveryPhase");
    List<String> from = fields.list("fromPhases", "a phase code", text -> text);
    String to = fields.optionalString("to");
    List<String> criteria = fields.list("criteria", "a criterion code", text -> text);
    List<Role> permitted = roleRefs(fields, "roles", roles);
    Boolean noteRequired = fields.bool("isNoteRequired");
    List<String> resets = fields.list("resetsCriteria", "a criterion code", text -> text);
    return fields.build(
        ALIASES,
        () -> {
          Transition.Builder builder =
              Transition.builder()
                  .trigger(trigger)
                  .kind(kind)
                  .isFromEveryPhase(everyPhase)
                  .addAllFromPhases(from)
                  .addAllCriteria(criteria)
                  .addAllRoles(permitted)
                  .isNoteRequired(noteRequired)
                  .addAllResetsCriteria(resets);
          if (to != null) {
            builder.to(to);
          }
          return builder.build();
        });
  }

  @SuppressWarnings("NullAway") // as in read()
  private static @Nullable Trigger readTrigger(Fields fields) {
    String code = fields.string("code");
    LocalizedText label = CommonWire.readText(fields, "label", true);
    return fields.build(ALIASES, () -> Trigger.of(code, label));
  }

  @SuppressWarnings("NullAway") // as in read()
  private static @Nullable Criterion readCriterion(Fields fields, Map<String, Role> roles) {
    String code = fields.string("code");
    LocalizedText label = CommonWire.readText(fields, "label", true);
    Boolean evidence = fields.bool("isEvidenceRequired");
    List<Role> recordedBy = roleRefs(fields, "recordedBy", roles);
    return fields.build(
        ALIASES,
        () ->
            Criterion.builder()
                .code(code)
                .label(label)
                .isEvidenceRequired(evidence)
                .addAllRecordedBy(recordedBy)
                .build());
  }

  private static TransitionKind kind(String code) {
    for (TransitionKind kind : TransitionKind.values()) {
      if (kind.code().equals(code)) {
        return kind;
      }
    }
    List<String> valid = new ArrayList<>();
    for (TransitionKind kind : TransitionKind.values()) {
      valid.add(kind.code());
    }
    throw new no.levehelelivet.core.UnknownCodeException("transition kind", code, valid);
  }

  /** Role codes resolved against the document's own roles; an unlisted code is unknown. */
  private static @Nullable List<Role> roleRefs(
      Fields fields, String name, Map<String, Role> roles) {
    List<String> codes = fields.list(name, "a role code", text -> text);
    if (codes == null) {
      return null;
    }
    List<Role> resolved = new ArrayList<>();
    Node array = fields.member(name, false);
    for (int i = 0; i < codes.size(); i++) {
      Role role = roles.get(codes.get(i));
      if (role != null) {
        resolved.add(role);
      } else {
        fields
            .problems()
            .error(
                WireCode.UNKNOWN_CODE,
                Pointers.child(Pointers.child(fields.pointer(), name), i),
                "unknown role code \""
                    + codes.get(i)
                    + "\"; the definition's roles are: "
                    + String.join(", ", roles.keySet()),
                array);
      }
    }
    return resolved;
  }
}
