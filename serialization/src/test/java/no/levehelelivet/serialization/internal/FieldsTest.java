package no.levehelelivet.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import java.util.Objects;
import no.levehelelivet.core.Coded;
import no.levehelelivet.serialization.Limits;
import no.levehelelivet.serialization.Problem;
import no.levehelelivet.serialization.ReadMode;
import no.levehelelivet.serialization.WireCode;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tree path's member reader gives each member's exact value, and for a member of the wrong
 * shape the exact code and pointer; the streaming path gives the same only where it can stream, so
 * these are read as trees.
 */
class FieldsTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final Problems problems = new Problems(ReadMode.STRICT);

  private Fields fields(String json) {
    try (JsonParser parser = MAPPER.createParser(json)) {
      Node root = Objects.requireNonNull(new TreeReader(Limits.standard(), problems).read(parser));
      return Objects.requireNonNull(Fields.of(problems, root, ""));
    }
  }

  @Test
  void readsEachScalarMemberAsWritten() {
    Fields fields =
        fields(
            "{\"yes\":true,\"no\":false,\"n\":7,\"blank\":\" \",\"name\":\"Ås\","
                + "\"labels\":{\"nb\":\"Mål\",\"en\":\"Goal\"},\"dates\":[\"1\",\"22\"],"
                + "\"items\":[{\"a\":\"x\"}],\"free\":{\"k\":1},\"arr\":[1,2]}");

    assertThat(fields.bool("yes")).isTrue();
    assertThat(fields.optionalBool("no")).isFalse();
    assertThat(fields.integer("n", 7, 7)).isEqualTo(7L);
    assertThat(fields.emptyableString("blank")).isEqualTo(" ");
    assertThat(fields.string("name")).isEqualTo("Ås");
    assertThat(fields.stringMap("labels"))
        .containsExactly(Map.entry("nb", "Mål"), Map.entry("en", "Goal"));
    assertThat(fields.list("dates", "a number", Integer::valueOf)).containsExactly(1, 22);
    assertThat(fields.objects("items", item -> item.string("a"))).containsExactly("x");
    assertThat(fields.map("free", true)).containsOnlyKeys("k");
    assertThat(fields.build(Map.of(), () -> "built")).isNull();
    assertThat(problems.result(null).problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(tuple(WireCode.UNKNOWN_PROPERTY, "/arr"));
  }

  @Test
  void reportsEachMemberOfTheWrongShapeAtItsPointer() {
    Fields fields =
        fields(
            "{\"e\":1,\"b\":\"true\",\"n\":\"7\",\"low\":6,\"m\":{\"nb\":2},\"l\":[\" \",\"x\",3],"
                + "\"o\":[1],\"obj\":\"x\",\"a\":{}}");

    assertThat(fields.emptyableOptional("e")).isNull();
    assertThat(fields.bool("b")).isNull();
    assertThat(fields.integer("n", 0, 9)).isNull();
    assertThat(fields.integer("low", 7, 9)).isNull();
    assertThat(fields.stringMap("m")).isEmpty();
    assertThat(fields.list("l", "a number", Integer::valueOf)).isEmpty();
    assertThat(fields.objects("o", item -> "never")).isEmpty();
    assertThat(fields.<String>object("obj", true, item -> "never")).isNull();
    assertThat(
            fields.<Coded>codes(
                "a",
                code -> {
                  throw new AssertionError(code);
                }))
        .isNull();

    assertThat(problems.result(null).problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(
            tuple(WireCode.WRONG_TYPE, "/e"),
            tuple(WireCode.WRONG_TYPE, "/b"),
            tuple(WireCode.WRONG_TYPE, "/n"),
            tuple(WireCode.INVALID_VALUE, "/low"),
            tuple(WireCode.WRONG_TYPE, "/m/nb"),
            tuple(WireCode.INVALID_VALUE, "/l/0"),
            tuple(WireCode.INVALID_VALUE, "/l/1"),
            tuple(WireCode.WRONG_TYPE, "/l/2"),
            tuple(WireCode.WRONG_TYPE, "/o/0"),
            tuple(WireCode.WRONG_TYPE, "/obj"),
            tuple(WireCode.WRONG_TYPE, "/a"));
  }

  @Test
  void givesNoValueForAMissingMemberAndSaysWhichIsMissing() {
    Fields fields = fields("{\"blank\":\"\",\"m\":[]}");

    assertThat(fields.optionalBool("b")).isNull();
    assertThat(fields.integer("n", 0, 9)).isNull();
    assertThat(fields.stringMap("s")).isNull();
    assertThat(fields.map("o", false)).isNull();
    assertThat(fields.map("m", false)).isNull();
    assertThat(fields.list("l", "a number", Integer::valueOf)).isNull();
    assertThat(fields.objects("x", item -> "never")).isNull();
    assertThat(fields.string("blank")).isNull();
    assertThat(Fields.of(problems, Node.Scalar.string("x", new Node.Obj(1, 1)), "/top")).isNull();

    assertThat(problems.result(null).problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(
            tuple(WireCode.MISSING_VALUE, "/n"),
            tuple(WireCode.MISSING_VALUE, "/s"),
            tuple(WireCode.WRONG_TYPE, "/m"),
            tuple(WireCode.MISSING_VALUE, "/l"),
            tuple(WireCode.MISSING_VALUE, "/x"),
            tuple(WireCode.INVALID_VALUE, "/blank"),
            tuple(WireCode.WRONG_TYPE, "/top"));
  }
}
