package no.levehelelivet.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.levehelelivet.core.guide.GuideSection;
import org.junit.jupiter.api.Test;

/** The phases a guide section names are the standard process's own phases. */
class GuideSectionPhasesTest {

  @Test
  void everyPhaseAGuideSectionNamesIsAPhaseOfTheStandardProcess() {
    List<String> phases = ProcessDefinition.standard().phases().stream().map(Phase::code).toList();

    assertThat(phases).hasSize(5);
    for (GuideSection section : GuideSection.values()) {
      assertThat(phases).as(section.code()).containsAll(section.standardPhases());
    }
    assertThat(GuideSection.MUNICIPAL_PLANNING.standardPhases())
        .containsExactly("integrate-into-plans");
  }
}
