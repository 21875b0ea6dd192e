package no.levehelelivet.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import no.levehelelivet.core.reflection.ReflectionQuestion;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.Trigger;
import no.levehelelivet.serialization.DocumentType;
import no.levehelelivet.serialization.Limits;
import no.levehelelivet.serialization.ProcessFixtures;
import no.levehelelivet.serialization.ReadMode;
import no.levehelelivet.serialization.ReadResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading a process instance straight from its tokens gives what reading it as a tree gives: over
 * documents of arbitrary walks, as written and with one member changed to a value of another type,
 * a blank, an out-of-range number or another spelling, removed, renamed, added or written twice,
 * under standard and under tight limits. Where the stream binds a value, the tree binds an equal
 * value without a problem; and the read as a whole gives the tree's value, problems (codes,
 * pointers, messages, positions), warnings and unknown fields, in both modes.
 */
class StreamingReadProperties {

  private static final DocumentType TYPE = DocumentType.PROCESS_INSTANCE;

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final Engine WRITER = new Engine(Limits.standard(), List.of());

  private static final List<String> QUESTIONS =
      ProcessDefinition.standard().questions().stream().map(ReflectionQuestion::code).toList();

  private static final List<String> CRITERIA =
      ProcessDefinition.standard().criteria().stream().map(c -> c.code()).toList();

  /** Names a document has, to add again (a duplicate key) or in the wrong object. */
  private static final List<String> NAMES =
      List.of(
          "schemaVersion",
          "documentType",
          "id",
          "phase",
          "status",
          "sequence",
          "time",
          "actorId",
          "note",
          "evidence",
          "attributes",
          "digest",
          "headDigest",
          "name",
          "number",
          "version");

  @Property(tries = 400, seed = "1824")
  void streamingAndTreeReadingAgree(
      @ForAll("documents") byte[] document, @ForAll("limits") Limits limits) {
    Engine engine = new Engine(limits, List.of());
    ProcessInstance streamed = engine.streamed(document, TYPE);
    ReadResult<ProcessInstance> tree = engine.readTree(document, TYPE, ReadMode.STRICT, false);
    Statistics.label("path").collect(streamed != null ? "streamed" : "read as a tree");
    if (streamed != null) {
      assertThat(tree.problems()).isEmpty();
      assertThat(tree.warnings()).isEmpty();
      assertThat(tree.value()).contains(streamed);
    }
    for (ReadMode mode : ReadMode.values()) {
      ReadResult<ProcessInstance> read = engine.read(document, TYPE, mode, false);
      ReadResult<ProcessInstance> expected = engine.readTree(document, TYPE, mode, false);
      assertThat(read.value()).isEqualTo(expected.value());
      assertThat(read.problems()).containsExactlyElementsOf(expected.problems());
      assertThat(read.warnings()).containsExactlyElementsOf(expected.warnings());
      assertThat(read.unknownFields()).containsExactlyElementsOf(expected.unknownFields());
    }
    Statistics.label("path")
        .coverage(
            coverage -> {
              coverage.check("streamed").percentage(p -> p > 15);
              coverage.check("read as a tree").percentage(p -> p > 40);
            });
  }

  @Property(tries = 60, seed = "1824")
  void aWrittenProcessIsReadFromItsTokens(@ForAll("walks") List<Command> walk) {
    ProcessInstance instance = ProcessFixtures.walked(walk);
    byte[] written = WRITER.writeBytes(TYPE, instance);
    assertThat(WRITER.<ProcessInstance>streamed(written, TYPE)).isEqualTo(instance);
  }

  /** The standard limits, and limits just at and just under what the documents need. */
  @Provide
  Arbitrary<Limits> limits() {
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.just(Limits.standard())),
        Tuple.of(1, Arbitraries.of(4, 5).map(d -> Limits.builder().maxNestingDepth(d).build())),
        Tuple.of(1, Arbitraries.of(9, 12).map(n -> Limits.builder().maxElements(n).build())),
        Tuple.of(1, Arbitraries.of(63, 64).map(n -> Limits.builder().maxStringLength(n).build())),
        Tuple.of(1, Arbitraries.of(12, 13).map(n -> Limits.builder().maxNameLength(n).build())),
        Tuple.of(1, Arbitraries.of(1, 2).map(n -> Limits.builder().maxNumberLength(n).build())));
  }

  @Provide
  Arbitrary<byte[]> documents() {
    Arbitrary<byte[]> written =
        walks().map(walk -> WRITER.writeBytes(TYPE, ProcessFixtures.walked(walk)));
    Arbitrary<byte[]> changed =
        Combinators.combine(
                written, Arbitraries.integers().between(0, Integer.MAX_VALUE), replacements())
            .as(StreamingReadProperties::replaced);
    Arbitrary<byte[]> removed =
        Combinators.combine(written, Arbitraries.integers().between(0, Integer.MAX_VALUE))
            .as((document, at) -> edited(document, at, Edit.REMOVE));
    Arbitrary<byte[]> renamed =
        Combinators.combine(written, Arbitraries.integers().between(0, Integer.MAX_VALUE))
            .as((document, at) -> edited(document, at, Edit.RENAME));
    Arbitrary<byte[]> added =
        Combinators.combine(
                written,
                Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.of(NAMES))
            .as(StreamingReadProperties::withMember);
    Arbitrary<byte[]> respelled =
        Combinators.combine(written, Arbitraries.integers().between(0, Integer.MAX_VALUE))
            .as(StreamingReadProperties::respelled);
    return Arbitraries.frequencyOf(
        Tuple.of(3, written),
        Tuple.of(4, changed),
        Tuple.of(3, respelled),
        Tuple.of(1, removed),
        Tuple.of(1, renamed),
        Tuple.of(2, added));
  }

  @Provide
  Arbitrary<List<Command>> walks() {
    Arbitrary<Actor> actor = Arbitraries.of(ProcessFixtures.LEAD, ProcessFixtures.ADMIN);
    Arbitrary<String> text =
        Arbitraries.strings()
            .alpha()
            .numeric()
            .withChars(" æøå/")
            .ofMinLength(1)
            .ofMaxLength(12)
            .filter(s -> !s.isBlank());
    Arbitrary<Command> record =
        Combinators.combine(Arbitraries.of(CRITERIA), actor, text).as(Command::recordCriterion);
    Arbitrary<Command> answer =
        Combinators.combine(Arbitraries.of(QUESTIONS), text)
            .as(
                (question, answerText) ->
                    Command.answer(question, ProcessFixtures.LEAD, answerText));
    Arbitrary<Command> move =
        Arbitraries.of(
                Trigger.BEGIN_MAPPING,
                Trigger.BEGIN_PLANNING,
                Trigger.ADOPT_PLAN,
                Trigger.BEGIN_IMPLEMENTATION)
            .map(trigger -> Command.of(trigger, ProcessFixtures.LEAD));
    return Arbitraries.frequencyOf(Tuple.of(4, record), Tuple.of(2, answer), Tuple.of(2, move))
        .list()
        .ofMaxSize(8);
  }

  /** Values of every JSON type, and spellings just off the canonical ones. */
  private static Arbitrary<JsonNode> replacements() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    return Arbitraries.of(
        nodes.stringNode(""),
        nodes.stringNode(" "),
        nodes.stringNode("x"),
        nodes.stringNode("started"),
        nodes.stringNode("2.4"),
        nodes.stringNode("1.0"),
        nodes.stringNode("process-definition"),
        nodes.stringNode("2026-01-05T09:00:00.000Z"),
        nodes.stringNode("2026-01-05T09:00:00+00:00"),
        nodes.stringNode("0".repeat(64)),
        nodes.stringNode("A".repeat(64)),
        nodes.stringNode("a".repeat(30)),
        nodes.nullNode(),
        nodes.booleanNode(true),
        nodes.numberNode(0),
        nodes.numberNode(-1),
        nodes.numberNode(1),
        nodes.numberNode(1.5),
        nodes.numberNode(new java.math.BigInteger("9223372036854775808")),
        nodes.arrayNode(),
        nodes.objectNode());
  }

  private enum Edit {
    REMOVE,
    RENAME
  }

  /** Every value in the tree with where it is: its container and its name or index. */
  private record Place(JsonNode container, String name, int index) {}

  private static List<Place> places(JsonNode root) {
    List<Place> places = new ArrayList<>();
    List<JsonNode> open = new ArrayList<>(List.of(root));
    while (!open.isEmpty()) {
      JsonNode node = open.remove(open.size() - 1);
      if (node instanceof ObjectNode object) {
        for (Map.Entry<String, JsonNode> member : object.properties()) {
          places.add(new Place(object, member.getKey(), -1));
          open.add(member.getValue());
        }
      } else if (node instanceof ArrayNode array) {
        for (int i = 0; i < array.size(); i++) {
          places.add(new Place(array, "", i));
          open.add(array.get(i));
        }
      }
    }
    return places;
  }

  private static byte[] replaced(byte[] document, int at, JsonNode value) {
    JsonNode root = MAPPER.readTree(document);
    List<Place> places = places(root);
    Place place = places.get(at % places.size());
    if (place.container() instanceof ObjectNode object) {
      object.set(place.name(), value);
    } else {
      ((ArrayNode) place.container()).set(place.index(), value);
    }
    return MAPPER.writeValueAsBytes(root);
  }

  /**
   * The document with one value spelled otherwise but meaning the same, so that its digests still
   * hold: an instant with milliseconds, a digest in capitals, a whole number with a fraction.
   */
  private static byte[] respelled(byte[] document, int at) {
    JsonNode root = MAPPER.readTree(document);
    List<Place> places = new ArrayList<>();
    for (Place place : places(root)) {
      JsonNode value = value(place);
      if (value.isNumber()
          || (value.isString() && value.stringValue().matches(".*T.*Z|[0-9a-f]{64}"))) {
        places.add(place);
      }
    }
    Place place = places.get(at % places.size());
    JsonNode value = value(place);
    JsonNode other;
    if (value.isNumber()) {
      other = JsonNodeFactory.instance.numberNode(value.asDouble());
    } else if (value.stringValue().endsWith("Z")) {
      other = JsonNodeFactory.instance.stringNode(value.stringValue().replace("Z", ".000Z"));
    } else {
      other =
          JsonNodeFactory.instance.stringNode(
              value.stringValue().toUpperCase(java.util.Locale.ROOT));
    }
    if (place.container() instanceof ObjectNode object) {
      object.set(place.name(), other);
    } else {
      ((ArrayNode) place.container()).set(place.index(), other);
    }
    return MAPPER.writeValueAsBytes(root);
  }

  private static JsonNode value(Place place) {
    return place.container() instanceof ObjectNode object
        ? object.get(place.name())
        : place.container().get(place.index());
  }

  private static byte[] edited(byte[] document, int at, Edit edit) {
    JsonNode root = MAPPER.readTree(document);
    List<Place> members =
        places(root).stream().filter(place -> place.container() instanceof ObjectNode).toList();
    Place place = members.get(at % members.size());
    ObjectNode object = (ObjectNode) place.container();
    JsonNode value = object.remove(place.name());
    if (edit == Edit.RENAME) {
      object.set(place.name() + "s", value);
    }
    return MAPPER.writeValueAsBytes(root);
  }

  /**
   * The document with member {@code name} written at the start of one of its objects: a duplicate
   * key where the object has it already, else a member out of place.
   */
  private static byte[] withMember(byte[] document, int at, String name) {
    String text = new String(document, StandardCharsets.UTF_8);
    List<Integer> opens = new ArrayList<>();
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' && text.charAt(i - 1) != '\\') {
        inString = !inString;
      } else if (c == '{' && !inString) {
        opens.add(i);
      }
    }
    int open = opens.get(at % opens.size());
    String member = "\"" + name + "\": \"x\",";
    String edited = text.substring(0, open + 1) + member + text.substring(open + 1);
    return edited.getBytes(StandardCharsets.UTF_8);
  }
}
