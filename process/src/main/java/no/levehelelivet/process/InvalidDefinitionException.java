package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;

/**
 * Thrown when a process definition is not well formed (codes {@code LHL-D-001} to {@code
 * LHL-D-015}); the message and {@link #problems()} name every problem found, not only the first.
 */
public final class InvalidDefinitionException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // ImmutableList of immutable values; serialising it is not supported
  private final ImmutableList<DefinitionProblem> problems;

  InvalidDefinitionException(String definition, ImmutableList<DefinitionProblem> problems) {
    super(message(definition, problems));
    this.problems = problems;
  }

  private static String message(String definition, ImmutableList<DefinitionProblem> problems) {
    StringBuilder message =
        new StringBuilder("process definition ")
            .append(definition)
            .append(" has ")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem:" : " problems:");
    for (DefinitionProblem problem : problems) {
      message.append("\n  ").append(problem.message());
    }
    return message.toString();
  }

  /** Every problem found, in the order they were found. */
  public ImmutableList<DefinitionProblem> problems() {
    return problems;
  }

  /** The codes of the problems, in order. */
  public ImmutableList<String> codes() {
    return problems.stream().map(DefinitionProblem::code).collect(ImmutableList.toImmutableList());
  }
}
