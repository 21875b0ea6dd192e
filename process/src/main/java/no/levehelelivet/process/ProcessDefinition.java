package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Optional;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.reflection.ReflectionQuestion;
import no.levehelelivet.process.internal.BuildableValue;
import no.levehelelivet.process.internal.ProcessMessages;
import no.levehelelivet.process.journal.Digest;
import org.immutables.value.Value;

/**
 * A process definition (<i>prosessdefinisjon</i>): the phases of a change process in order, the
 * transitions between them with their triggers, guarding criteria and permitted roles, and the
 * reflection questions and milestones attached to each phase. {@link #standard()} is the standard
 * local change process of the reform; a municipality {@linkplain #tailor(String, int) tailors} its
 * own from it.
 *
 * <p>A definition is validated when it is built: exactly one initial phase; every phase reachable
 * from it; from every phase a path to a phase where the process can be completed; no transition to
 * or from an unknown phase; no trigger twice from one phase; every criterion and role it refers to
 * defined. A bad definition fails with an {@link InvalidDefinitionException} that names every
 * problem found. "Earlier" for a revisit means earlier in {@link #phases()}.
 *
 * <p>Immutable and thread-safe; the lookup tables the engine fires through are computed once when
 * the definition is built.
 */
@Value.Immutable
@BuildableValue
public abstract class ProcessDefinition {

  ProcessDefinition() {}

  /**
   * {@return the definition's id, a lower-kebab-case code such as {@code
   * "leve-hele-livet-standard"}}
   */
  public abstract String id();

  /** {@return the definition's version, from 1} */
  public abstract int version();

  /** {@return the definition's name} */
  public abstract LocalizedText name();

  /**
   * {@return the id and version ({@code id@version}) of the definition this one was tailored from}
   */
  public abstract Optional<String> basedOn();

  /** {@return the phases, in process order: a revisit may go to any phase earlier in this list} */
  public abstract ImmutableList<Phase> phases();

  /** {@return the transitions between phases and statuses} */
  public abstract ImmutableList<Transition> transitions();

  /** {@return the criteria that guard transitions} */
  public abstract ImmutableList<Criterion> criteria();

  /** {@return every role the definition refers to} */
  public abstract ImmutableList<Role> roles();

  /** {@return the roles that may answer reflection questions} */
  public abstract ImmutableSet<Role> answeringRoles();

  /**
   * The lookup tables, computed once when the definition is built; building them validates the
   * definition.
   */
  @Value.Derived
  @Value.Auxiliary
  DefinitionIndex index() {
    return DefinitionIndex.of(this);
  }

  /** {@return the standard definition of the local change process; see {@link StandardProcess}} */
  public static ProcessDefinition standard() {
    return StandardProcess.definition();
  }

  /**
   * {@return the SHA-256 digest of the definition's canonical encoding, which a process instance
   * records so that a journal is never replayed on a different definition by mistake} Equal
   * definitions have equal digests; any change of a code, label, order, role or criterion changes
   * it. The encoding uses the rules of {@link no.levehelelivet.process.journal.CanonicalEncoding}:
   * a format byte {@code 1}; id, version, name, basedOn; then phases (code, label, description,
   * initial flag, question codes and texts, milestone codes and dates, target date), transitions
   * (trigger code and label, kind, every-phase flag, source phases, target, criteria, role codes,
   * note flag, reset criteria), criteria (code, label, a byte of flags: 1 evidence required, 2
   * recordable early; recording roles), roles (code, label) and answering roles, each list in
   * order; a localized text is its language codes and texts in {@link Language} order.
   */
  public Digest digest() {
    return index().digest();
  }

  /** {@return the phase the process starts in} */
  public Phase initialPhase() {
    return index().initial().phase();
  }

  /**
   * {@return the phase with the given code}
   *
   * @param code the code of the phase, for example {@code "mapping"}
   * @throws UnknownCodeException if the definition has no such phase
   */
  public Phase phase(String code) {
    return index().node(code).phase();
  }

  /**
   * {@return the phase with the given code, if the definition has one}
   *
   * @param code the code of the phase to look for
   */
  public Optional<Phase> findPhase(String code) {
    PhaseNode node = index().findNode(code);
    return node == null ? Optional.empty() : Optional.of(node.phase());
  }

  /**
   * {@return the criterion with the given code}
   *
   * @param code the code of the criterion
   * @throws UnknownCodeException if the definition has no such criterion
   */
  public Criterion criterion(String code) {
    CriterionSlot slot = index().criterionSlot(code);
    if (slot == null) {
      throw new UnknownCodeException("criterion", code, index().criterionSlots().keySet());
    }
    return slot.criterion();
  }

  /**
   * {@return the criterion with the given code, if the definition has one}
   *
   * @param code the code of the criterion to look for
   */
  public Optional<Criterion> findCriterion(String code) {
    CriterionSlot slot = index().criterionSlot(code);
    return slot == null ? Optional.empty() : Optional.of(slot.criterion());
  }

  /**
   * {@return the role with the given code}
   *
   * @param code the code of the role
   * @throws UnknownCodeException if the definition has no such role
   */
  public Role role(String code) {
    Role role = index().roles().get(code);
    if (role == null) {
      throw new UnknownCodeException("role", code, index().roles().keySet());
    }
    return role;
  }

  /**
   * {@return the role with the given code, if the definition lists one}
   *
   * @param code the code of the role to look for
   */
  public Optional<Role> findRole(String code) {
    return Optional.ofNullable(index().roles().get(code));
  }

  /**
   * {@return every trigger a command may fire: the transitions' triggers in order, then {@code
   * record-criterion} and {@code answer-question}}
   */
  public ImmutableList<Trigger> triggers() {
    return index().triggerOrder();
  }

  /** {@return every reflection question attached to a phase, in phase order} */
  public ImmutableList<ReflectionQuestion> questions() {
    return index().questions().values().asList();
  }

  /**
   * {@return the transitions allowed from the given phase, in definition order}
   *
   * @param phase the code of a phase of the definition
   */
  public ImmutableList<Transition> transitionsFrom(String phase) {
    return index().node(phase).transitions();
  }

  /**
   * {@return whether the process can be completed from the given phase}
   *
   * @param phase the code of a phase of the definition
   */
  public boolean isCompletableFrom(String phase) {
    return index().node(phase).isCompletable();
  }

  /**
   * {@return whether phase {@code a} comes before phase {@code b} in process order}
   *
   * @param a the code of one phase of the definition
   * @param b the code of the phase to compare it with
   * @throws UnknownCodeException if either phase is unknown
   */
  public boolean isEarlier(String a, String b) {
    return index().node(a).index() < index().node(b).index();
  }

  /**
   * Starts tailoring a new definition from this one; this definition is never changed.
   *
   * @param id the new definition's id
   * @param version the new definition's version
   * @return a tailoring that builds a new definition with the given id and version from this one
   */
  public Tailoring tailor(String id, int version) {
    return new Tailoring(this, id, version);
  }

  /**
   * {@return a copy with a different version, validated again}
   *
   * @param version the definition's version, from 1
   */
  public abstract ProcessDefinition withVersion(int version);

  /** {@return a new builder} */
  public static Builder builder() {
    return ImmutableProcessDefinition.builder();
  }

  @Value.Check
  void check() {
    ProcessMessages.requireCode("definition id", id());
    ProcessMessages.require(version() >= 1, "definition version", "at least 1", version());
  }

  @Override
  public String toString() {
    return id() + "@" + version();
  }

  /**
   * Builds a {@link ProcessDefinition}; the builder is not thread-safe. Obtain one from {@link
   * #builder()}.
   */
  public interface Builder {

    /**
     * Copies every attribute of {@code instance}; collections are added to, not replaced.
     *
     * @param instance the process definition whose attributes to copy
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder from(ProcessDefinition instance);

    /**
     * Sets {@link ProcessDefinition#id()}.
     *
     * @param id the definition's id, a lower-kebab-case code such as {@code
     *     "leve-hele-livet-standard"}
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder id(String id);

    /**
     * Sets {@link ProcessDefinition#version()}.
     *
     * @param version the definition's version, from 1
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder version(int version);

    /**
     * Sets {@link ProcessDefinition#name()}.
     *
     * @param name the definition's name
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder name(LocalizedText name);

    /**
     * Sets {@link ProcessDefinition#basedOn()}.
     *
     * @param basedOn the id and version ({@code id@version}) of the definition this one was
     *     tailored from
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder basedOn(String basedOn);

    /**
     * Sets {@link ProcessDefinition#basedOn()}, or leaves it empty.
     *
     * @param basedOn the id and version ({@code id@version}) of the definition this one was
     *     tailored from, or empty to leave it unset
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder basedOn(Optional<String> basedOn);

    /**
     * Adds to {@link ProcessDefinition#phases()}.
     *
     * @param element the next phase in process order, added after those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addPhase(Phase element);

    /**
     * Adds to {@link ProcessDefinition#phases()}.
     *
     * @param elements phases, in process order, added in order after those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addPhases(Phase... elements);

    /**
     * Replaces {@link ProcessDefinition#phases()}.
     *
     * @param elements phases, in process order, in order, in place of those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder phases(Iterable<? extends Phase> elements);

    /**
     * Adds every element to {@link ProcessDefinition#phases()}.
     *
     * @param elements phases, in process order, added in order after those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addAllPhases(Iterable<? extends Phase> elements);

    /**
     * Adds to {@link ProcessDefinition#transitions()}.
     *
     * @param element a transition, added after those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addTransition(Transition element);

    /**
     * Adds to {@link ProcessDefinition#transitions()}.
     *
     * @param elements transitions, added in order after those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addTransitions(Transition... elements);

    /**
     * Replaces {@link ProcessDefinition#transitions()}.
     *
     * @param elements transitions, in order, in place of those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder transitions(Iterable<? extends Transition> elements);

    /**
     * Adds every element to {@link ProcessDefinition#transitions()}.
     *
     * @param elements transitions, added in order after those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addAllTransitions(Iterable<? extends Transition> elements);

    /**
     * Adds to {@link ProcessDefinition#criteria()}.
     *
     * @param element a criterion, added after those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addCriterion(Criterion element);

    /**
     * Adds to {@link ProcessDefinition#criteria()}.
     *
     * @param elements criteria, added in order after those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addCriteria(Criterion... elements);

    /**
     * Replaces {@link ProcessDefinition#criteria()}.
     *
     * @param elements criteria, in order, in place of those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder criteria(Iterable<? extends Criterion> elements);

    /**
     * Adds every element to {@link ProcessDefinition#criteria()}.
     *
     * @param elements criteria, added in order after those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addAllCriteria(Iterable<? extends Criterion> elements);

    /**
     * Adds to {@link ProcessDefinition#roles()}.
     *
     * @param element a role the definition refers to, added after those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addRole(Role element);

    /**
     * Adds to {@link ProcessDefinition#roles()}.
     *
     * @param elements roles the definition refers to, added in order after those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addRoles(Role... elements);

    /**
     * Replaces {@link ProcessDefinition#roles()}.
     *
     * @param elements roles the definition refers to, in order, in place of those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder roles(Iterable<? extends Role> elements);

    /**
     * Adds every element to {@link ProcessDefinition#roles()}.
     *
     * @param elements roles the definition refers to, added in order after those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addAllRoles(Iterable<? extends Role> elements);

    /**
     * Adds to {@link ProcessDefinition#answeringRoles()}.
     *
     * @param element a role that may answer reflection questions, added after those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addAnsweringRole(Role element);

    /**
     * Adds to {@link ProcessDefinition#answeringRoles()}.
     *
     * @param elements roles that may answer reflection questions, added in order after those
     *     already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addAnsweringRoles(Role... elements);

    /**
     * Replaces {@link ProcessDefinition#answeringRoles()}.
     *
     * @param elements roles that may answer reflection questions, in order, in place of those
     *     already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder answeringRoles(Iterable<? extends Role> elements);

    /**
     * Adds every element to {@link ProcessDefinition#answeringRoles()}.
     *
     * @param elements roles that may answer reflection questions, added in order after those
     *     already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addAllAnsweringRoles(Iterable<? extends Role> elements);

    /**
     * Builds and validates the definition.
     *
     * @return the new definition, once it has passed validation
     * @throws InvalidDefinitionException naming every problem if the definition is not well formed
     * @throws no.levehelelivet.core.InvalidValueException ({@code LHL-A-005}) if an attribute is
     *     missing, or another code if one breaks its rule
     */
    ProcessDefinition build();
  }
}
