package no.levehelelivet.examples;

import no.levehelelivet.core.Catalogue;
import no.levehelelivet.core.FocusArea;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.Solution;

/** The catalogue example shown in the README: the focus areas and their solutions in English. */
public final class QuickStart {

  private QuickStart() {}

  /**
   * Prints the five focus areas and their solutions.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    Catalogue catalogue = Catalogue.leveHeleLivet();
    for (FocusArea area : catalogue.focusAreas()) {
      System.out.println(area.label(Language.ENGLISH) + " (" + area.label(Language.BOKMAL) + ")");
      for (Solution solution : catalogue.solutions(area)) {
        System.out.println("  " + solution.code() + ": " + solution.label(Language.ENGLISH));
      }
    }
    System.out.println(Solution.fromCode("good-moments").focusArea().code());
  }
}
