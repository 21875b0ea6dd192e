package no.levehelelivet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseManagementIntegrationTest {

  @TempDir Path dir;

  @Test
  void runsOnAnH2File() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CaseManagementIntegration.Story story =
        CaseManagementIntegration.run(
            CaseDatabase.h2(dir), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    System.out.println(bytes.toString(StandardCharsets.UTF_8));
    System.out.println(story);
    assertThat(story.pendingAfter()).isZero();
  }
}
