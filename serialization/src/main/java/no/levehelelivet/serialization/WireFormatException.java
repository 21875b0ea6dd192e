package no.levehelelivet.serialization;

import com.google.common.collect.ImmutableList;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.LeveHeleLivetException;

/**
 * Thrown by {@link ReadResult#orElseThrow()} when a document could not be read (<i>ulesbart
 * dokument</i>): it carries every {@link Problem} found, each with its stable {@link WireCode} and
 * place; {@link #code()} is the first problem's code.
 *
 * <p>The message is the first problem's line ({@link Problem#toString()}, so it starts with the
 * code once), then up to four more problems, one a line, and how many more there are. Unchecked: a
 * caller who wants to handle problems as values inspects the {@link ReadResult} instead.
 */
public final class WireFormatException extends LeveHeleLivetException {

  private static final long serialVersionUID = 1L;

  private static final int SHOWN = 5;

  /** Every problem found, in the order the reader found them; never empty. */
  @SuppressWarnings("serial") // an ImmutableList of Problems is serializable
  private final ImmutableList<Problem> problems;

  /**
   * Creates the exception; only the codec throws it.
   *
   * @param problems the problems found; at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  WireFormatException(Iterable<Problem> problems) {
    this(ImmutableList.copyOf(problems));
  }

  private WireFormatException(ImmutableList<Problem> problems) {
    super(message(problems));
    this.problems = problems;
  }

  private static String message(ImmutableList<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a WireFormatException needs at least one problem");
    }
    StringBuilder text = new StringBuilder(problems.get(0).toString());
    for (Problem problem : problems.subList(1, Math.min(SHOWN, problems.size()))) {
      text.append("\n  ").append(problem);
    }
    if (problems.size() > SHOWN) {
      text.append("\n  ... and ").append(problems.size() - SHOWN).append(" more");
    }
    return text.toString();
  }

  /** The code of the first problem, the one the message starts with. */
  /**
   * The message in {@code language}: in English {@link #getMessage()}; otherwise one line per
   * problem (at most five), each the code, the pointer and the problem's {@linkplain
   * Problem#message(Language) message} in the language.
   */
  @Override
  public String message(Language language) {
    if (language == Language.ENGLISH) {
      return super.message(language);
    }
    StringBuilder text = new StringBuilder();
    for (Problem problem : problems.subList(0, Math.min(SHOWN, problems.size()))) {
      if (text.length() > 0) {
        text.append("\n  ");
      }
      text.append(problem.code().code())
          .append(' ')
          .append(problem.pointer().isEmpty() ? "/" : problem.pointer())
          .append(": ")
          .append(problem.message(language));
    }
    if (problems.size() > SHOWN) {
      text.append("\n  ... +").append(problems.size() - SHOWN);
    }
    return text.toString();
  }

  @Override
  public WireCode code() {
    return problems.get(0).code();
  }

  /**
   * {@return every problem found, in the order {@link ReadResult#problems()} gives; never empty}
   */
  public ImmutableList<Problem> problems() {
    return problems;
  }
}
