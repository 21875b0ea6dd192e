package no.levehelelivet.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.levehelelivet.process.ProcessInstance;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A process instance is read from its tokens when it has no problem, and as a tree when it has one:
 * hostile and broken documents still get their coded problems at their pointers, and a document
 * with its members in another order still reads as the same process.
 */
class ProcessInstanceReadingTest {

  private static final WireCodec CODEC = WireCodec.standard();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final String GOLDEN = "golden/v2/process-instance.json";

  @Test
  void readsAProcessWhoseMembersComeInAnotherOrder() {
    ProcessInstance expected = read(Fixtures.bytes(GOLDEN)).orElseThrow();
    JsonNode root = MAPPER.readTree(Fixtures.bytes(GOLDEN));
    reverseMembers(root);
    String reversed = MAPPER.writeValueAsString(root);
    assertThat(reversed).startsWith("{\"journal\":{\"headDigest\"");

    assertThat(read(reversed.getBytes(StandardCharsets.UTF_8)).orElseThrow()).isEqualTo(expected);
  }

  @Test
  void reportsAMemberOfAnEntryWrittenTwice() {
    String json =
        golden().replaceFirst("\"sequence\": 1,", "\"sequence\": 1,\n        \"sequence\": 1,");

    assertOneProblem(json, WireCode.DUPLICATE_KEY, "/journal/entries/0/sequence");
  }

  @Test
  void reportsASequenceNumberPastTheLargestLong() {
    String json = golden().replaceFirst("\"sequence\": 1,", "\"sequence\": 9223372036854775808,");

    assertOneProblem(json, WireCode.INVALID_VALUE, "/journal/entries/0/sequence");
  }

  @Test
  void reportsAnUnknownMemberOfAnEntry() {
    String json = golden().replaceFirst("\"sequence\": 1,", "\"sequence\": 1, \"extra\": 1,");

    assertOneProblem(json, WireCode.UNKNOWN_PROPERTY, "/journal/entries/0/extra");
  }

  @Test
  void reportsANoteLongerThanTheLimitWithoutReadingItWhole() {
    int limit = CODEC.limits().maxStringLength();
    String json =
        golden()
            .replaceFirst(
                "\"status\": \"active\",\n        \"evidence\"",
                "\"status\": \"active\",\n        \"note\": \""
                    + "x".repeat(limit + 1)
                    + "\",\n        \"evidence\"");

    assertOneProblem(json, WireCode.STRING_TOO_LONG, "/journal/entries/0/note");
  }

  @Test
  void reportsNestingPastTheLimitInsideAnEntryWithoutOverflowingTheStack() {
    int depth = 200_000;
    String json =
        golden()
            .replaceFirst(
                "\"sequence\": 1,",
                "\"sequence\": 1, \"deep\": " + "[".repeat(depth) + "]".repeat(depth) + ",");

    ReadResult<ProcessInstance> result = read(json.getBytes(StandardCharsets.UTF_8));

    assertThat(result.problems()).hasSize(1);
    assertThat(result.problems().get(0).code()).isEqualTo(WireCode.NESTING_TOO_DEEP);
    assertThat(result.problems().get(0).pointer()).startsWith("/journal/entries/0/deep/0/0");
  }

  @Test
  void reportsAJournalWhoseDigestsDoNotHold() {
    String json = golden().replaceFirst("\"actorId\": \"kari.lead\"", "\"actorId\": \"kari.lea\"");

    assertOneProblem(json, WireCode.JOURNAL_TAMPERED, "/journal/entries/0");
  }

  private static void assertOneProblem(String json, WireCode code, String pointer) {
    ReadResult<ProcessInstance> result = read(json.getBytes(StandardCharsets.UTF_8));

    assertThat(result.isSuccess()).isFalse();
    assertThat(result.problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(code, pointer));
  }

  private static ReadResult<ProcessInstance> read(byte[] json) {
    ReadResult<ProcessInstance> strict = CODEC.read(json, ProcessInstance.class, ReadMode.STRICT);
    ReadResult<ProcessInstance> tolerant =
        CODEC.read(json, ProcessInstance.class, ReadMode.TOLERANT);
    assertThat(tolerant.problems()).isEqualTo(strict.problems());
    assertThat(tolerant.value()).isEqualTo(strict.value());
    return strict;
  }

  private static String golden() {
    return new String(Fixtures.bytes(GOLDEN), StandardCharsets.UTF_8);
  }

  private static void reverseMembers(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<Map.Entry<String, JsonNode>> members = new ArrayList<>(object.properties());
      object.removeAll();
      for (int i = members.size() - 1; i >= 0; i--) {
        reverseMembers(members.get(i).getValue());
        object.set(members.get(i).getKey(), members.get(i).getValue());
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(ProcessInstanceReadingTest::reverseMembers);
    }
  }
}
