package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.reflection.ReflectionQuestion;

/**
 * Tailoring (<i>tilpasning</i>): how a municipality derives its own process definition from
 * another, usually the standard one — add or rename a phase, add a criterion, add its own
 * reflection questions, change who may fire a transition — and gets a new, validated definition
 * with its own id and version. The definition tailored from is never changed.
 *
 * <pre>{@code
 * ProcessDefinition vefsn = ProcessDefinition.standard().tailor("vefsn-leve-hele-livet", 1)
 *     .addPhase(Phase.of("citizen-panel", LocalizedText.of("Innbyggerpanel")), "mapping")
 *     .redirect("begin-planning", "citizen-panel")
 *     .addTransition(Transition.move(Trigger.of("panel-done", label), "citizen-panel",
 *         "plan-and-decide").addRoles(Role.PROCESS_LEAD).build())
 *     .permit("begin-planning", Role.PROCESS_LEAD, Role.ADMINISTRATIVE_LEADERSHIP)
 *     .build();
 * }</pre>
 *
 * <p>A tailoring is a builder: not thread-safe, for one thread. Methods that name an unknown phase,
 * trigger or criterion throw {@link UnknownCodeException} at once; the shape of the whole is
 * checked by {@link #build()}.
 */
public final class Tailoring {

  private final ProcessDefinition base;
  private final ProcessDefinition.Builder builder;
  private final List<Phase> phases;
  private final List<Transition> transitions;
  private final List<Criterion> criteria;
  private final List<Role> roles;

  Tailoring(ProcessDefinition base, String id, int version) {
    this.base = base;
    this.builder = ProcessDefinition.builder();
    builder.from(base).id(id).version(version).basedOn(base.id() + "@" + base.version());
    this.phases = new ArrayList<>(base.phases());
    this.transitions = new ArrayList<>(base.transitions());
    this.criteria = new ArrayList<>(base.criteria());
    this.roles = new ArrayList<>(base.roles());
  }

  /**
   * Gives the new definition its own name.
   *
   * @param name the new definition's name
   * @return this tailoring
   */
  public Tailoring name(LocalizedText name) {
    builder.name(name);
    return this;
  }

  /**
   * Renames a phase; its code stays, so other systems still find it.
   *
   * @param phase the code of the phase to rename
   * @param label the phase's new name
   * @return this tailoring
   */
  public Tailoring renamePhase(String phase, LocalizedText label) {
    int at = phaseAt(phase);
    phases.set(at, phases.get(at).withLabel(label));
    return this;
  }

  /**
   * Adds a phase right after another in process order. Connect it with {@link #addTransition} and
   * {@link #redirect}; transitions allowed from every phase apply to it at once.
   *
   * @param phase the new phase
   * @param after the code of the phase it comes right after
   * @return this tailoring
   */
  public Tailoring addPhase(Phase phase, String after) {
    phases.add(phaseAt(after) + 1, phase);
    return this;
  }

  /**
   * Sets the date by which the process should have left a phase.
   *
   * @param phase the code of the phase
   * @param date the date by which the process should have left it
   * @return this tailoring
   */
  public Tailoring targetDate(String phase, LocalDate date) {
    int at = phaseAt(phase);
    phases.set(at, phases.get(at).withTargetDate(date));
    return this;
  }

  /**
   * Attaches the municipality's own reflection question to a phase.
   *
   * @param phase the code of the phase to attach the question to
   * @param question the municipality's own reflection question (<i>refleksjonsspørsmål</i>)
   * @return this tailoring
   */
  public Tailoring addQuestion(String phase, ReflectionQuestion question) {
    int at = phaseAt(phase);
    Phase current = phases.get(at);
    phases.set(
        at,
        current.withQuestions(
            ImmutableList.<ReflectionQuestion>builder()
                .addAll(current.questions())
                .add(question)
                .build()));
    return this;
  }

  /**
   * Adds a transition.
   *
   * @param transition the transition to add
   * @return this tailoring
   */
  public Tailoring addTransition(Transition transition) {
    transitions.add(transition);
    return this;
  }

  /**
   * Removes every transition fired by the trigger.
   *
   * @param trigger the code of the trigger whose transitions go
   * @return this tailoring
   */
  public Tailoring removeTransitions(String trigger) {
    transitionsOf(trigger);
    transitions.removeIf(t -> t.trigger().code().equals(trigger));
    return this;
  }

  /**
   * Points every move fired by the trigger at a different target phase.
   *
   * @param trigger the code of the trigger whose moves to redirect
   * @param target the code of the new target phase
   * @return this tailoring
   */
  public Tailoring redirect(String trigger, String target) {
    for (int i : transitionsOf(trigger)) {
      transitions.set(i, transitions.get(i).withTo(target));
    }
    return this;
  }

  /**
   * Lets exactly the given roles fire the trigger, adding roles the definition does not know.
   *
   * @param trigger the code of the trigger
   * @param permitted the roles that may fire it, and only they
   * @return this tailoring
   */
  public Tailoring permit(String trigger, Role... permitted) {
    for (Role role : permitted) {
      addRole(role);
    }
    for (int i : transitionsOf(trigger)) {
      transitions.set(i, transitions.get(i).withRoles(ImmutableList.copyOf(permitted)));
    }
    return this;
  }

  /**
   * Adds a criterion and makes it guard the transitions fired by the given triggers.
   *
   * @param criterion the criterion to add
   * @param guarding the codes of the triggers whose transitions it guards
   * @return this tailoring
   */
  public Tailoring addCriterion(Criterion criterion, String... guarding) {
    criteria.add(criterion);
    for (Role role : criterion.recordedBy()) {
      addRole(role);
    }
    for (String trigger : guarding) {
      for (int i : transitionsOf(trigger)) {
        Transition transition = transitions.get(i);
        transitions.set(
            i,
            transition.withCriteria(
                ImmutableList.<String>builder()
                    .addAll(transition.criteria())
                    .add(criterion.code())
                    .build()));
      }
    }
    return this;
  }

  /**
   * Adds a role of the municipality's own, if the definition does not have it yet.
   *
   * @param role the role to add
   * @return this tailoring
   */
  public Tailoring addRole(Role role) {
    if (roles.stream().noneMatch(known -> known.code().equals(role.code()))) {
      roles.add(role);
    }
    return this;
  }

  /**
   * Builds the tailored definition.
   *
   * @return the new definition, with its own id and version, once it has passed validation
   * @throws InvalidDefinitionException naming every problem if the result is not well formed
   */
  public ProcessDefinition build() {
    return builder.phases(phases).transitions(transitions).criteria(criteria).roles(roles).build();
  }

  private int phaseAt(String phase) {
    for (int i = 0; i < phases.size(); i++) {
      if (phases.get(i).code().equals(phase)) {
        return i;
      }
    }
    throw new UnknownCodeException("phase", phase, phases.stream().map(Phase::code).toList());
  }

  private List<Integer> transitionsOf(String trigger) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < transitions.size(); i++) {
      if (transitions.get(i).trigger().code().equals(trigger)) {
        found.add(i);
      }
    }
    if (found.isEmpty()) {
      throw new UnknownCodeException(
          "trigger",
          trigger,
          transitions.stream().map(t -> t.trigger().code()).distinct().toList());
    }
    return found;
  }

  @Override
  public String toString() {
    return "Tailoring of " + base;
  }
}
