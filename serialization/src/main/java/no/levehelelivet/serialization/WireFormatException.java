package no.levehelelivet.serialization;

import com.google.common.collect.ImmutableList;

/**
 * Thrown by {@link ReadResult#orElseThrow()} when a document could not be read: it carries every
 * {@link Problem} found, each with its stable {@link ErrorCode} and place.
 *
 * <p>Unchecked: a caller who wants to handle problems as values inspects the {@link ReadResult}
 * instead.
 */
public final class WireFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private static final int SHOWN = 5;

  @SuppressWarnings("serial") // an ImmutableList of Problems is serializable
  private final ImmutableList<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems found; at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public WireFormatException(Iterable<Problem> problems) {
    super(message(ImmutableList.copyOf(problems)));
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String message(ImmutableList<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a WireFormatException needs at least one problem");
    }
    StringBuilder text =
        new StringBuilder("the document could not be read (")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem)" : " problems)");
    for (Problem problem : problems.subList(0, Math.min(SHOWN, problems.size()))) {
      text.append("\n  ").append(problem);
    }
    if (problems.size() > SHOWN) {
      text.append("\n  ... and ").append(problems.size() - SHOWN).append(" more");
    }
    return text.toString();
  }

  /** Every problem found, in the order {@link ReadResult#problems()} gives; never empty. */
  public ImmutableList<Problem> problems() {
    return problems;
  }
}
