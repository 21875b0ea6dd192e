package no.levehelelivet.examples.cli;

import no.levehelelivet.core.ErrorCode;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.LeveHeleLivetException;
import no.levehelelivet.process.Reason;
import no.levehelelivet.process.journal.JournalProblem;
import no.levehelelivet.serialization.Problem;

/**
 * The one place where the command turns a reason, a problem or an error code into words in the
 * language of {@code --lang}. Every subcommand prints these texts through here and nowhere else.
 *
 * <p>Reasons are written out in full in every language; problems and library errors name the bad
 * value in English and, in bokmål and nynorsk, say what their code means and what to do about it.
 */
final class Messages {

  private Messages() {}

  /** Why a command is not allowed, starting with its reason code. */
  static String of(Reason reason, Language language) {
    return reason.message(language);
  }

  /** What is wrong with a document, without its code, pointer or position. */
  static String of(Problem problem, Language language) {
    return problem.message(language);
  }

  /** What is wrong with a journal's chain, starting with its code. */
  static String of(JournalProblem problem, Language language) {
    return problem.message(language);
  }

  /** A library error's whole message, starting with its code. */
  static String of(LeveHeleLivetException error, Language language) {
    return error.message(language);
  }

  /** What an error code means, in one line. */
  static String meaning(ErrorCode code, Language language) {
    return code.meaning(language);
  }
}
