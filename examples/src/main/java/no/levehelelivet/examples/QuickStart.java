package no.levehelelivet.examples;

import java.io.PrintStream;
import no.levehelelivet.core.Catalogue;
import no.levehelelivet.core.FocusArea;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.Solution;

/** The catalogue example of the README: the focus areas and their solutions in English. */
public final class QuickStart {

  private QuickStart() {}

  /**
   * Prints the five focus areas and their solutions to standard output.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    print(System.out);
  }

  /** Prints the five focus areas, their solutions and one lookup by code to {@code out}. */
  public static void print(PrintStream out) {
    Catalogue catalogue = Catalogue.leveHeleLivet();
    for (FocusArea area : catalogue.focusAreas()) {
      out.println(area.label(Language.ENGLISH) + " (" + area.label(Language.BOKMAL) + ")");
      for (Solution solution : catalogue.solutions(area)) {
        out.println("  " + solution.code() + ": " + solution.label(Language.ENGLISH));
      }
    }
    out.println(Solution.fromCode("good-moments").focusArea().code());
  }
}
