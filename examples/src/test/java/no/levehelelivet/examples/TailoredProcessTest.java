package no.levehelelivet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.levehelelivet.core.Language;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.StandardProcess;
import no.levehelelivet.serialization.ReadMode;
import no.levehelelivet.serialization.WireCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TailoredProcessTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  private ProcessInstance run() throws IOException {
    return TailoredProcess.run(dir, new PrintStream(bytes, true, StandardCharsets.UTF_8));
  }

  @Test
  void derivesANewDefinitionAndLeavesTheStandardOneAlone() {
    ProcessDefinition hemnes = TailoredProcess.hemnesDefinition();
    assertThat(hemnes.id()).isEqualTo("hemnes-leve-hele-livet");
    assertThat(hemnes.phase(StandardProcess.MAPPING).label(Language.BOKMAL))
        .isEqualTo("Kartlegging og innbyggerdialog");
    assertThat(ProcessDefinition.standard().phase(StandardProcess.MAPPING).label(Language.BOKMAL))
        .isEqualTo("Kartlegging");
    assertThat(hemnes.digest()).isNotEqualTo(ProcessDefinition.standard().digest());
  }

  @Test
  void savesTheDefinitionAsYamlAndJsonThatReadBackEqual() throws IOException {
    run();
    WireCodec codec = WireCodec.standard();
    ProcessDefinition expected = TailoredProcess.hemnesDefinition();
    assertThat(
            codec
                .readYaml(
                    Files.readString(dir.resolve("hemnes.yaml")),
                    ProcessDefinition.class,
                    ReadMode.STRICT)
                .orElseThrow())
        .isEqualTo(expected);
    assertThat(
            codec
                .read(
                    Files.readString(dir.resolve("hemnes.json")),
                    ProcessDefinition.class,
                    ReadMode.STRICT)
                .orElseThrow())
        .isEqualTo(expected);
  }

  @Test
  void runsTheTailoredProcessAndEnforcesItsOwnCriterion() throws IOException {
    ProcessInstance hemnes = run();
    assertThat(hemnes.phase()).isEqualTo(StandardProcess.INTEGRATE_INTO_PLANS);
    assertThat(hemnes.criteria()).containsKey(TailoredProcess.OLDER_PEOPLE_CONSULTED);
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("read back from YAML: the same definition")
        .contains("the standard process is untouched: true")
        .contains("refused adopt-plan: LHL-P-003")
        .contains("\"council-for-older-people-consulted\"")
        .contains("begin-planning → Planlegge og beslutte");
  }
}
