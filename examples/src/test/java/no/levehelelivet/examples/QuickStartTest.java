package no.levehelelivet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickStartTest {

  @Test
  void printsTheFocusAreasTheirSolutionsAndALookup() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    QuickStart.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .startsWith("An age-friendly Norway (Et aldersvennlig Norge)\n")
        .contains("  good-moments: Good moments\n")
        .endsWith("activity-and-community\n");
    assertThat(out.lines().filter(l -> l.startsWith("  "))).hasSize(25);
  }
}
