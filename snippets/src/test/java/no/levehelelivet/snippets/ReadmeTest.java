package no.levehelelivet.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.levehelelivet.core.ArgumentCode;
import no.levehelelivet.core.FocusArea;
import no.levehelelivet.core.InvalidValueException;
import no.levehelelivet.core.Measure;
import no.levehelelivet.process.ProcessInstance;
import org.junit.jupiter.api.Test;

class ReadmeTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path SNIPPETS =
      Path.of("src", "main", "java", "no", "levehelelivet", "snippets", "ReadmeSnippets.java");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);

  @Test
  void everyJavaBlockOfTheReadmeIsARegionCompiledHereAndNothingElse() throws IOException {
    List<String> readmeBlocks = javaBlocks(Files.readString(README, StandardCharsets.UTF_8));
    Map<String, String> regions = regions(Files.readString(SNIPPETS, StandardCharsets.UTF_8));

    assertThat(regions).isNotEmpty();
    assertThat(readmeBlocks).containsExactlyElementsOf(regions.values());
  }

  @Test
  void theCatalogueSnippetPrintsEveryFocusAreaInTwoLanguages() {
    String printed = capture(out -> ReadmeSnippets.catalogue(out));

    assertThat(printed)
        .contains("Food and meals (Mat og måltider)")
        .contains("  the-good-meal: ")
        .endsWith("activity-and-community\n");
    assertThat(printed.lines().filter(line -> !line.startsWith(" ")).count())
        .as("five focus areas and the last line")
        .isEqualTo(6);
  }

  @Test
  void theMeasureSnippetBuildsAMeasureOfTheFoodFocusArea() {
    Measure measure = ReadmeSnippets.measure();

    assertThat(measure.focusAreas()).containsExactly(FocusArea.FOOD_AND_MEALS);
    assertThat(measure.title()).isEqualTo("Måltidsvenner i Vefsn");
  }

  @Test
  void theProcessSnippetIsRefusedForTheTwoMissingAnchoringsAndDrawsTheDiagram() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProcessInstance process =
        ReadmeSnippets.process(new PrintStream(bytes, true, StandardCharsets.UTF_8), CLOCK);
    String printed = bytes.toString(StandardCharsets.UTF_8);

    assertThat(process.version()).as("the start entry and the recorded criterion").isEqualTo(2);

    List<String> reasons = printed.lines().filter(line -> line.startsWith("LHL-")).toList();
    assertThat(reasons).hasSize(2).allMatch(line -> line.startsWith("LHL-P-003: "));
    assertThat(reasons.get(0)).contains("administrative-anchoring");
    assertThat(reasons.get(1)).contains("political-anchoring");
    assertThat(printed).contains("stateDiagram-v2", "class start_up current");
  }

  @Test
  void theReplaySnippetRebuildsTheSameProcessFromItsJournal() {
    ProcessInstance process = ReadmeSnippets.process(silently(), CLOCK);

    String printed =
        capture(out -> assertThat(ReadmeSnippets.replay(out, process)).isEqualTo(process));

    assertThat(printed).as("a journal that replays reports no failure").isEmpty();
  }

  @Test
  void theRouteSnippetListsWhatIsLeftBeforeMappingWithTheRolesThatMayDoIt() {
    ProcessInstance process = ReadmeSnippets.process(silently(), CLOCK);

    String printed =
        capture(out -> assertThat(ReadmeSnippets.route(out, process).isFound()).isTrue());

    // the process team is appointed already; the two anchorings and the trigger are left
    assertThat(printed.lines())
        .containsExactly(
            "record administrative-anchoring in start-up by [process-lead]",
            "record political-anchoring in start-up by [process-lead]",
            "begin-mapping from start-up by [process-lead]");
  }

  @Test
  void theErrorsSnippetCatchesACodedRefusalWithItsFieldAndValue() {
    InvalidValueException refused = ReadmeSnippets.refusedValue();

    assertThat(refused.code()).isEqualTo(ArgumentCode.INVALID_VALUE);
    assertThat(refused.field()).isEqualTo("kommunenummer");
    assertThat(refused.value()).hasValue("824");
    assertThat(refused).hasMessage("LHL-A-001: kommunenummer must be four digits, was \"824\"");
  }

  @Test
  void theMessagesSnippetExplainsTheMissingNoteInNynorskAndItsRemedyInBokmal() {
    ProcessInstance process = ReadmeSnippets.process(silently(), CLOCK);
    String printed = capture(out -> ReadmeSnippets.refusedInNorwegian(out, process, CLOCK));

    assertThat(printed.lines())
        .containsExactly(
            "LHL-P-007: \"pause\" krev ein merknad som seier kvifor",
            "skriv en merknad som sier hvorfor");
  }

  @Test
  void theWireSnippetReadsBackTheProcessItWroteWithoutWarnings() {
    ProcessInstance process = ReadmeSnippets.process(silently(), CLOCK);

    String warnings =
        capture(err -> assertThat(ReadmeSnippets.wire(err, process)).isEqualTo(process));

    assertThat(warnings).as("the codec reads its own major and minor without warnings").isEmpty();
  }

  private static PrintStream silently() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }

  private interface Printing {
    void printTo(PrintStream out);
  }

  private static String capture(Printing printing) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      printing.printTo(out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** The fenced {@code java} blocks of a Markdown text, in order, without their fences. */
  static List<String> javaBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    StringBuilder block = null;
    for (String line : markdown.split("\n", -1)) {
      if (block == null) {
        if (line.strip().equals("```java")) {
          block = new StringBuilder();
        }
      } else if (line.strip().equals("```")) {
        blocks.add(block.toString());
        block = null;
      } else {
        block.append(line).append('\n');
      }
    }
    return blocks;
  }

  /** The marked regions of a source file by name, in order, with their common indent removed. */
  static Map<String, String> regions(String source) {
    Map<String, String> regions = new LinkedHashMap<>();
    String name = null;
    List<String> lines = new ArrayList<>();
    for (String line : source.split("\n", -1)) {
      String stripped = line.strip();
      if (stripped.startsWith("// README:begin ")) {
        name = stripped.substring("// README:begin ".length());
        lines.clear();
      } else if (stripped.equals("// README:end") && name != null) {
        regions.put(name, dedent(lines));
        name = null;
      } else if (name != null) {
        lines.add(line);
      }
    }
    return regions;
  }

  private static String dedent(List<String> lines) {
    int indent = Integer.MAX_VALUE;
    for (String line : lines) {
      if (!line.isBlank()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    return text.toString();
  }
}
