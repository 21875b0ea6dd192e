package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.LeveHeleLivetException;

/**
 * Thrown when a process definition is not well formed (<i>ugyldig prosessdefinisjon</i>, codes
 * {@code LHL-D-001} to {@code LHL-D-015} of {@link DefinitionCode}). The message and {@link
 * #problems()} name every problem found, not only the first; {@link #code()} is the first one's.
 */
public final class InvalidDefinitionException extends LeveHeleLivetException {

  private static final long serialVersionUID = 1L;

  /** Every problem found in the definition, in the order they were found. */
  @SuppressWarnings("serial") // ImmutableList of immutable values; serialising it is not supported
  private final ImmutableList<DefinitionProblem> problems;

  /**
   * Creates the exception.
   *
   * @param definition names the definition, for example {@code "standard" version 1}
   * @param problems the problems found, at least one
   */
  InvalidDefinitionException(String definition, ImmutableList<DefinitionProblem> problems) {
    super(message(definition, problems));
    this.problems = problems;
  }

  private static String message(String definition, ImmutableList<DefinitionProblem> problems) {
    StringBuilder message =
        new StringBuilder(problems.get(0).message())
            .append(" (process definition ")
            .append(definition)
            .append(" has ")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem)" : " problems)");
    for (DefinitionProblem problem : problems.subList(1, problems.size())) {
      message.append("\n  ").append(problem.message());
    }
    return message.toString();
  }

  /**
   * The message in {@code language}: in English {@link #getMessage()}; otherwise each problem's
   * {@linkplain DefinitionProblem#message(Language) message} in the language, one a line.
   */
  @Override
  public String message(Language language) {
    if (language == Language.ENGLISH) {
      return super.message(language);
    }
    StringBuilder text = new StringBuilder();
    for (DefinitionProblem problem : problems) {
      if (text.length() > 0) {
        text.append("\n  ");
      }
      text.append(problem.message(language));
    }
    return text.toString();
  }

  /** The code of the first problem found. */
  @Override
  public DefinitionCode code() {
    return problems.get(0).code();
  }

  /** {@return every problem found, in the order they were found; never empty} */
  public ImmutableList<DefinitionProblem> problems() {
    return problems;
  }

  /** {@return the codes of the problems, in order} */
  public ImmutableList<DefinitionCode> codes() {
    return problems.stream().map(DefinitionProblem::code).collect(ImmutableList.toImmutableList());
  }
}
