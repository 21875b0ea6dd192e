package no.levehelelivet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickStartTest {

  @Test
  void printsTheFocusAreasTheirSolutionsAndALookup() {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .startsWith("An age-friendly Norway (Et aldersvennlig Norge)\n")
        .contains("  good-moments: Good moments\n")
        .endsWith("activity-and-community\n");
    assertThat(out.lines().filter(l -> l.startsWith("  "))).hasSize(25);
  }
}
