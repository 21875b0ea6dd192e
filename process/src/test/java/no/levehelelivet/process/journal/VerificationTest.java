package no.levehelelivet.process.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import no.levehelelivet.core.Language;
import org.junit.jupiter.api.Test;

/** What verifying a journal says: intact, or the first problem in the reader's language. */
class VerificationTest {

  private static JournalProblem removedSecondEntry() {
    List<JournalEntry> entries = new ArrayList<>(JournalTest.journalOf(3).entries());
    entries.remove(1);
    return Journal.of(entries).verify().problem().orElseThrow();
  }

  @Test
  void describesAnIntactJournalAsIntactAndABrokenOneByItsProblem() {
    Verification intact = JournalTest.journalOf(2).verify();
    List<JournalEntry> entries = new ArrayList<>(JournalTest.journalOf(3).entries());
    entries.remove(1);
    Verification broken = Journal.of(entries).verify();

    assertThat(intact).hasToString("intact");
    assertThat(broken.toString())
        .isEqualTo(broken.problem().orElseThrow().message())
        .startsWith("LHL-J-001: entry 2 has sequence number 3");
  }

  @Test
  void explainsAProblemInEnglishByItsMessageAndInNorwegianByTheCodesMeaningAndRemedy() {
    JournalProblem problem = removedSecondEntry();
    JournalCode code = JournalCode.SEQUENCE_BREAK;

    assertThat(problem.message(Language.ENGLISH)).isEqualTo(problem.message());
    assertThat(problem).hasToString(problem.message());
    for (Language language : List.of(Language.BOKMAL, Language.NYNORSK)) {
      assertThat(problem.message(language))
          .isEqualTo("LHL-J-001: " + code.meaning(language) + "; " + code.remedy(language))
          .isNotEqualTo(problem.message());
    }
  }
}
