package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.reflection.ReflectionQuestion;
import no.levehelelivet.process.internal.DefinitionFacts;
import no.levehelelivet.process.internal.EntryKeys;
import no.levehelelivet.process.journal.Digest;
import org.jspecify.annotations.Nullable;

/**
 * The lookup tables of a validated definition, computed once, so that firing a command does a few
 * map lookups and allocates almost nothing: per phase, its transitions by trigger, the roles to
 * notify and the effects of entering it; per trigger, its kind and the phases it is allowed from.
 */
final class DefinitionIndex {

  private final ImmutableMap<String, PhaseNode> nodes;
  private final ImmutableList<PhaseNode> nodeList;
  private final PhaseNode initial;
  private final ImmutableMap<String, Trigger> triggers;
  private final ImmutableList<Trigger> triggerOrder;
  private final ImmutableMap<String, TransitionKind> kinds;
  private final ImmutableMap<String, ImmutableList<String>> allowedFrom;
  private final ImmutableMap<String, ImmutableList<String>> rolesByTrigger;
  private final ImmutableMap<String, CriterionSlot> criterionSlots;
  private final boolean bitsCriteria;
  private final ImmutableMap<String, ReflectionQuestion> questions;
  private final ImmutableSet<String> answeringRoles;
  private final ImmutableMap<String, Role> roles;
  private final Facts facts;
  private final long startBound;
  private final String versionText;
  private final ImmutableMap<String, ImmutableSortedMap<String, String>> questionAttributes;

  private DefinitionIndex(ProcessDefinition definition) {
    List<Phase> phases = definition.phases();
    Map<String, Trigger> triggerMap = new LinkedHashMap<>();
    Map<String, TransitionKind> kindMap = new LinkedHashMap<>();
    Map<String, Set<String>> allowed = new LinkedHashMap<>();
    Map<String, Set<String>> triggerRoles = new LinkedHashMap<>();
    List<Map<String, CompiledTransition>> compiled = new java.util.ArrayList<>();
    List<List<Transition>> from = new java.util.ArrayList<>();
    Map<String, Integer> position = new LinkedHashMap<>();
    for (int i = 0; i < phases.size(); i++) {
      compiled.add(new LinkedHashMap<>());
      from.add(new java.util.ArrayList<>());
      position.put(phases.get(i).code(), i);
    }
    this.bitsCriteria = definition.criteria().size() <= Long.SIZE;
    Map<String, Integer> phaseOfCriterion = new LinkedHashMap<>();
    for (Transition transition : definition.transitions()) {
      for (String source : DefinitionValidator.sources(transition, phases)) {
        int at = java.util.Objects.requireNonNull(position.get(source));
        for (String criterion : transition.criteria()) {
          Integer earliest = phaseOfCriterion.get(criterion);
          if (earliest == null || at < earliest) {
            phaseOfCriterion.put(criterion, at);
          }
        }
      }
    }
    ImmutableMap.Builder<String, CriterionSlot> slotMap = ImmutableMap.builder();
    for (int i = 0; i < definition.criteria().size(); i++) {
      Criterion criterion = definition.criteria().get(i);
      ImmutableSortedMap<String, String> recorded =
          ImmutableSortedMap.of(EntryKeys.CRITERION, criterion.code());
      slotMap.put(
          criterion.code(),
          new CriterionSlot(
              criterion,
              bitsCriteria ? 1L << i : 0L,
              criterion.isRecordableEarly()
                  ? 0
                  : phaseOfCriterion.getOrDefault(criterion.code(), 0),
              codes(criterion.recordedBy()),
              recorded,
              WrittenSize.attributes(recorded)));
    }
    this.criterionSlots = slotMap.buildOrThrow();
    boolean[] completable = new boolean[phases.size()];
    for (Transition transition : definition.transitions()) {
      String trigger = transition.trigger().code();
      triggerMap.putIfAbsent(trigger, transition.trigger());
      kindMap.putIfAbsent(trigger, transition.kind());
      Set<String> roleCodes = triggerRoles.get(trigger);
      if (roleCodes == null) {
        roleCodes = new LinkedHashSet<>();
        triggerRoles.put(trigger, roleCodes);
      }
      CompiledTransition entry = compile(transition, position);
      roleCodes.addAll(entry.roleList());
      Set<String> sources = allowed.get(trigger);
      if (sources == null) {
        sources = new LinkedHashSet<>();
        allowed.put(trigger, sources);
      }
      for (String source : DefinitionValidator.sources(transition, phases)) {
        int at = java.util.Objects.requireNonNull(position.get(source));
        compiled.get(at).put(trigger, entry);
        from.get(at).add(transition);
        sources.add(source);
        completable[at] |= transition.kind() == TransitionKind.COMPLETE;
      }
    }
    triggerMap.put(Trigger.RECORD_CRITERION.code(), Trigger.RECORD_CRITERION);
    triggerMap.put(Trigger.ANSWER_QUESTION.code(), Trigger.ANSWER_QUESTION);
    this.triggers = ImmutableMap.copyOf(triggerMap);
    this.triggerOrder = triggers.values().asList();
    this.kinds = ImmutableMap.copyOf(kindMap);
    this.allowedFrom = copyOfLists(allowed);
    this.rolesByTrigger = copyOfLists(triggerRoles);
    this.roles = indexRoles(definition.roles());
    this.answeringRoles = codes(definition.answeringRoles());
    Map<String, ReflectionQuestion> questionMap = new LinkedHashMap<>();
    ImmutableMap.Builder<String, PhaseNode> nodeMap = ImmutableMap.builder();
    PhaseNode first = null;
    ImmutableList.Builder<String> earlier = ImmutableList.builder();
    for (int i = 0; i < phases.size(); i++) {
      Phase phase = phases.get(i);
      for (ReflectionQuestion question : phase.questions()) {
        questionMap.putIfAbsent(question.code(), question);
      }
      ImmutableList<Role> responsible = EntryEffects.responsible(from.get(i));
      DueDeadlines deadlines = new DueDeadlines(EntryEffects.deadlines(phase, null));
      ImmutableSortedMap<String, String> revisitTarget =
          ImmutableSortedMap.of(EntryKeys.TARGET_PHASE, phase.code());
      PhaseNode node =
          new PhaseNode(
              i,
              phase,
              ImmutableMap.copyOf(compiled.get(i)),
              ImmutableList.copyOf(from.get(i)),
              responsible,
              deadlines,
              earlier.build().reverse(),
              questionCodes(phase),
              completable[i],
              revisitTarget,
              WrittenSize.text(phase.code()),
              WrittenSize.attributes(revisitTarget),
              EffectsPlan.entering(phase.code(), responsible, deadlines));
      earlier.add(phase.code());
      nodeMap.put(phase.code(), node);
      if (phase.isInitial()) {
        first = node;
      }
    }
    this.questions = ImmutableMap.copyOf(questionMap);
    this.questionAttributes = attributes(EntryKeys.QUESTION, questions.keySet());
    this.nodes = nodeMap.buildOrThrow();
    this.nodeList = nodes.values().asList();
    if (first == null) {
      throw new IllegalStateException("validated definitions have an initial phase");
    }
    this.initial = first;
    this.versionText = Integer.toString(definition.version());
    this.facts = new Facts(definition, versionText);
    this.startBound =
        WrittenSize.startOnDefinition(definition.id(), versionText, first.phase().code());
  }

  /**
   * Validates the definition and builds its tables.
   *
   * @throws InvalidDefinitionException naming every problem if the definition is not well formed
   */
  static DefinitionIndex of(ProcessDefinition definition) {
    ImmutableList<DefinitionProblem> problems = DefinitionValidator.problems(definition);
    if (!problems.isEmpty()) {
      throw new InvalidDefinitionException(
          "\"" + definition.id() + "\" version " + definition.version(), problems);
    }
    return new DefinitionIndex(definition);
  }

  private CompiledTransition compile(Transition transition, Map<String, Integer> position) {
    ImmutableList<String> roleList = codes(transition.roles()).asList();
    String to = transition.to().orElse(null);
    Integer toIndex = to == null ? null : position.get(to);
    return new CompiledTransition(
        transition,
        transition.kind(),
        to,
        toIndex == null ? -1 : toIndex,
        transition.criteria(),
        bits(transition.criteria()),
        ImmutableSet.copyOf(roleList),
        roleList,
        transition.isNoteRequired(),
        transition.resetsCriteria(),
        bits(transition.resetsCriteria()),
        WrittenSize.text(transition.trigger().code()));
  }

  private static ImmutableList<String> questionCodes(Phase phase) {
    ImmutableList.Builder<String> codes = ImmutableList.builder();
    for (ReflectionQuestion question : phase.questions()) {
      codes.add(question.code());
    }
    return codes.build();
  }

  /** The bits of the given criteria; criteria not in the definition have none. */
  private long bits(Iterable<String> codes) {
    long bits = 0L;
    for (String code : codes) {
      CriterionSlot slot = criterionSlots.get(code);
      if (slot != null) {
        bits |= slot.bit();
      }
    }
    return bits;
  }

  /** The journal attributes naming each code, built once so that firing allocates none. */
  private static ImmutableMap<String, ImmutableSortedMap<String, String>> attributes(
      String key, Iterable<String> codes) {
    ImmutableMap.Builder<String, ImmutableSortedMap<String, String>> attributes =
        ImmutableMap.builder();
    for (String code : codes) {
      attributes.put(code, ImmutableSortedMap.of(key, code));
    }
    return attributes.buildOrThrow();
  }

  ImmutableSortedMap<String, String> questionAttributes(String question) {
    ImmutableSortedMap<String, String> attributes = questionAttributes.get(question);
    return attributes != null ? attributes : ImmutableSortedMap.of(EntryKeys.QUESTION, question);
  }

  private static ImmutableSet<String> codes(Iterable<Role> roles) {
    ImmutableSet.Builder<String> codes = ImmutableSet.builder();
    for (Role role : roles) {
      codes.add(role.code());
    }
    return codes.build();
  }

  private static ImmutableMap<String, Role> indexRoles(List<Role> roles) {
    Map<String, Role> map = new LinkedHashMap<>();
    for (Role role : roles) {
      map.putIfAbsent(role.code(), role);
    }
    return ImmutableMap.copyOf(map);
  }

  private static ImmutableMap<String, ImmutableList<String>> copyOfLists(
      Map<String, Set<String>> map) {
    ImmutableMap.Builder<String, ImmutableList<String>> copy = ImmutableMap.builder();
    // a loop, not forEach with a lambda: this runs on the way to a fresh JVM's first command
    for (Map.Entry<String, Set<String>> entry : map.entrySet()) {
      copy.put(entry.getKey(), ImmutableList.copyOf(entry.getValue()));
    }
    return copy.buildOrThrow();
  }

  @Nullable PhaseNode findNode(String phase) {
    return nodes.get(phase);
  }

  PhaseNode node(String phase) {
    PhaseNode node = nodes.get(phase);
    if (node == null) {
      throw new UnknownCodeException("phase", phase, nodes.keySet());
    }
    return node;
  }

  PhaseNode initial() {
    return initial;
  }

  /** The phase node at {@code index}, in the definition's order. */
  PhaseNode nodeAt(int index) {
    return nodeList.get(index);
  }

  ImmutableMap<String, PhaseNode> nodes() {
    return nodes;
  }

  @Nullable Trigger trigger(String code) {
    return triggers.get(code);
  }

  ImmutableList<Trigger> triggerOrder() {
    return triggerOrder;
  }

  ImmutableList<String> triggerCodes() {
    return triggers.keySet().asList();
  }

  @Nullable TransitionKind kind(String trigger) {
    return kinds.get(trigger);
  }

  ImmutableList<String> allowedFrom(String trigger) {
    ImmutableList<String> phases = allowedFrom.get(trigger);
    return phases == null ? ImmutableList.of() : phases;
  }

  ImmutableList<String> rolesFor(String trigger) {
    ImmutableList<String> codes = rolesByTrigger.get(trigger);
    return codes == null ? ImmutableList.of() : codes;
  }

  /** The definition's criteria by code, in the definition's order. */
  ImmutableMap<String, CriterionSlot> criterionSlots() {
    return criterionSlots;
  }

  @Nullable CriterionSlot criterionSlot(String criterion) {
    return criterionSlots.get(criterion);
  }

  /**
   * Whether every criterion has a bit of its own (the definition has at most 64), so that the
   * criteria an instance has met are a {@code long} and a transition's are checked in one step.
   */
  boolean bitsCriteria() {
    return bitsCriteria;
  }

  ImmutableMap<String, ReflectionQuestion> questions() {
    return questions;
  }

  ImmutableSet<String> answeringRoles() {
    return answeringRoles;
  }

  ImmutableMap<String, Role> roles() {
    return roles;
  }

  Digest digest() {
    return facts.digest();
  }

  /** What the bound of an instance started on this definition counts of the definition alone. */
  long startBound() {
    return startBound;
  }

  /** What a start entry records of the definition, sharing the digest with {@link #digest()}. */
  DefinitionFacts facts() {
    return facts;
  }

  /**
   * The definition's facts, with its digest computed when first asked for: a host that builds a
   * definition and fires commands does not wait for SHA-256 (and the JDK's security providers) to
   * start until something records, writes or compares the digest.
   */
  private static final class Facts extends DefinitionFacts {

    private final ProcessDefinition definition;

    /**
     * The digest, once computed. Racy but safe: every thread computes an equal digest from the same
     * immutable definition, and a digest is an immutable value with final fields.
     */
    private @Nullable Digest digest;

    Facts(ProcessDefinition definition, String versionText) {
      super(definition.id(), versionText);
      this.definition = definition;
    }

    Digest digest() {
      Digest computed = digest;
      if (computed == null) {
        computed = DefinitionEncoding.digest(definition);
        digest = computed;
      }
      return computed;
    }

    @Override
    public String digestHex() {
      return digest().hex();
    }
  }

  /** The definition's version as text, as the start entry records it. */
  String versionText() {
    return versionText;
  }
}
