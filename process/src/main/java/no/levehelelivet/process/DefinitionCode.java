package no.levehelelivet.process;

import com.google.common.collect.ImmutableMap;
import no.levehelelivet.core.ErrorCode;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.internal.Codes;

/**
 * What is wrong with a process definition (<i>feil i definisjonen</i>), family {@code LHL-D}: a
 * rule of definitions that a {@link ProcessDefinition} breaks, found when it is built and thrown
 * together, every problem at once, as an {@link InvalidDefinitionException}. Each {@link
 * DefinitionProblem} names the phase, trigger or code it concerns as its subject.
 *
 * <table>
 *   <caption>Problems of a process definition</caption>
 *   <tr><th>code</th><th>meaning</th><th>what to do</th></tr>
 *   <tr><td>{@code LHL-D-001}</td><td>no phase is marked initial</td><td>mark exactly one phase as the one the process starts in</td></tr>
 *   <tr><td>{@code LHL-D-002}</td><td>more than one phase is marked initial</td><td>keep exactly one initial phase</td></tr>
 *   <tr><td>{@code LHL-D-003}</td><td>a phase cannot be reached from the initial phase</td><td>add a move or revisit into the phase, or remove it</td></tr>
 *   <tr><td>{@code LHL-D-004}</td><td>from a phase there is no path to a phase where the process can be completed</td><td>add a move from the phase towards a phase with a complete transition</td></tr>
 *   <tr><td>{@code LHL-D-005}</td><td>no phase has a complete transition, so the process can never be completed</td><td>add a complete transition from at least one phase</td></tr>
 *   <tr><td>{@code LHL-D-006}</td><td>a transition refers to an unknown phase</td><td>name one of the definition's phases, or add the phase</td></tr>
 *   <tr><td>{@code LHL-D-007}</td><td>a trigger appears more than once from one phase</td><td>keep one transition per trigger and phase</td></tr>
 *   <tr><td>{@code LHL-D-008}</td><td>a code is used twice (phase, criterion, role or reflection question)</td><td>give each phase, criterion, role and question of a phase its own code</td></tr>
 *   <tr><td>{@code LHL-D-009}</td><td>a transition refers to an unknown criterion</td><td>add the criterion to the definition's criteria</td></tr>
 *   <tr><td>{@code LHL-D-010}</td><td>a transition, criterion or the answering roles refer to an unknown role</td><td>add the role to the definition's roles</td></tr>
 *   <tr><td>{@code LHL-D-011}</td><td>a transition's shape does not fit its kind (its target or its sources)</td><td>give a move one target, other kinds none, and name the source phases or allow every phase</td></tr>
 *   <tr><td>{@code LHL-D-012}</td><td>a transition or criterion permits no role</td><td>name at least one role that may fire or record it</td></tr>
 *   <tr><td>{@code LHL-D-013}</td><td>a transition uses a trigger the engine reserves</td><td>give the transition a trigger of its own</td></tr>
 *   <tr><td>{@code LHL-D-014}</td><td>the definition has no phases</td><td>add at least one phase</td></tr>
 *   <tr><td>{@code LHL-D-015}</td><td>one trigger code is used for transitions of different kinds</td><td>use one kind of transition per trigger</td></tr>
 * </table>
 */
public enum DefinitionCode implements ErrorCode {
  /** {@code LHL-D-001}: no phase is marked initial. */
  NO_INITIAL_PHASE(
      "LHL-D-001",
      "no phase is marked initial",
      "mark exactly one phase as the one the process starts in"),
  /** {@code LHL-D-002}: more than one phase is marked initial. */
  SEVERAL_INITIAL_PHASES(
      "LHL-D-002", "more than one phase is marked initial", "keep exactly one initial phase"),
  /** {@code LHL-D-003}: a phase cannot be reached from the initial phase. */
  UNREACHABLE_PHASE(
      "LHL-D-003",
      "a phase cannot be reached from the initial phase",
      "add a move or revisit into the phase, or remove it"),
  /**
   * {@code LHL-D-004}: from a phase there is no path to a phase where the process can be completed.
   */
  NO_PATH_TO_COMPLETION(
      "LHL-D-004",
      "from a phase there is no path to a phase where the process can be completed",
      "add a move from the phase towards a phase with a complete transition"),
  /**
   * {@code LHL-D-005}: no phase has a complete transition, so the process can never be completed.
   */
  NO_COMPLETION(
      "LHL-D-005",
      "no phase has a complete transition, so the process can never be completed",
      "add a complete transition from at least one phase"),
  /** {@code LHL-D-006}: a transition refers to an unknown phase. */
  UNKNOWN_PHASE(
      "LHL-D-006",
      "a transition refers to an unknown phase",
      "name one of the definition's phases, or add the phase"),
  /** {@code LHL-D-007}: a trigger appears more than once from one phase. */
  DUPLICATE_TRIGGER(
      "LHL-D-007",
      "a trigger appears more than once from one phase",
      "keep one transition per trigger and phase"),
  /** {@code LHL-D-008}: a code is used twice (phase, criterion, role or reflection question). */
  DUPLICATE_CODE(
      "LHL-D-008",
      "a code is used twice (phase, criterion, role or reflection question)",
      "give each phase, criterion, role and question of a phase its own code"),
  /** {@code LHL-D-009}: a transition refers to an unknown criterion. */
  UNKNOWN_CRITERION(
      "LHL-D-009",
      "a transition refers to an unknown criterion",
      "add the criterion to the definition's criteria"),
  /** {@code LHL-D-010}: a transition, criterion or the answering roles refer to an unknown role. */
  UNKNOWN_ROLE(
      "LHL-D-010",
      "a transition, criterion or the answering roles refer to an unknown role",
      "add the role to the definition's roles"),
  /** {@code LHL-D-011}: a transition's shape does not fit its kind (its target or its sources). */
  SHAPE_DOES_NOT_FIT_KIND(
      "LHL-D-011",
      "a transition's shape does not fit its kind (its target or its sources)",
      "give a move one target, other kinds none, and name the source phases or allow every phase"),
  /** {@code LHL-D-012}: a transition or criterion permits no role. */
  NO_PERMITTED_ROLE(
      "LHL-D-012",
      "a transition or criterion permits no role",
      "name at least one role that may fire or record it"),
  /** {@code LHL-D-013}: a transition uses a trigger the engine reserves. */
  RESERVED_TRIGGER(
      "LHL-D-013",
      "a transition uses a trigger the engine reserves",
      "give the transition a trigger of its own"),
  /** {@code LHL-D-014}: the definition has no phases. */
  NO_PHASES("LHL-D-014", "the definition has no phases", "add at least one phase"),
  /** {@code LHL-D-015}: one trigger code is used for transitions of different kinds. */
  MIXED_TRIGGER_KINDS(
      "LHL-D-015",
      "one trigger code is used for transitions of different kinds",
      "use one kind of transition per trigger");

  private static final ImmutableMap<String, DefinitionCode> BY_CODE =
      Codes.indexErrorCodes(values());

  private final String code;
  private final String meaning;
  private final String remedy;

  DefinitionCode(String code, String meaning, String remedy) {
    this.code = code;
    this.meaning = meaning;
    this.remedy = remedy;
  }

  /** The stable code, for example {@code LHL-D-003}. */
  @Override
  public String code() {
    return code;
  }

  @Override
  public String meaning() {
    return meaning;
  }

  @Override
  public String remedy() {
    return remedy;
  }

  /**
   * {@return the definition error code with the given code, such as {@code "LHL-D-003"}}
   *
   * @param code the stable code to look up
   * @throws UnknownCodeException if the family has no such code
   */
  public static DefinitionCode fromCode(String code) {
    return Codes.lookup(BY_CODE, "definition error code", code);
  }
}
