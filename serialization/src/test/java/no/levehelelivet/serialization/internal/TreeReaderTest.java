package no.levehelelivet.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import no.levehelelivet.serialization.Limits;
import no.levehelelivet.serialization.Problem;
import no.levehelelivet.serialization.ReadMode;
import no.levehelelivet.serialization.WireCode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/** The tree reader holds arrays and objects to the element limit: exactly at it, and one past. */
class TreeReaderTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final Limits TWO_ELEMENTS = Limits.builder().maxElements(2).build();

  private final Problems problems = new Problems(ReadMode.STRICT);

  private @Nullable Node read(String json) {
    try (JsonParser parser = MAPPER.createParser(json)) {
      return new TreeReader(TWO_ELEMENTS, problems).read(parser);
    }
  }

  @Test
  void readsAnArrayAndAnObjectOfExactlyTheLimit() {
    Node array = read("[1,2]");
    Node object = read("{\"a\":{\"b\":1,\"c\":2},\"d\":3}");

    assertThat(array).isInstanceOfSatisfying(Node.Arr.class, a -> assertThat(a.items()).hasSize(2));
    assertThat(object)
        .isInstanceOfSatisfying(
            Node.Obj.class, o -> assertThat(o.members()).containsOnlyKeys("a", "d"));
    assertThat(problems.errorCount()).isZero();
  }

  @Test
  void refusesAnArrayOrAnObjectOneElementPastTheLimit() {
    Node array = read("{\"a\":[1,2,3]}");
    Node object = read("{\"a\":1,\"b\":2,\"c\":3}");

    assertThat(array).isNull();
    assertThat(object).isNull();
    assertThat(problems.result(null).problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(
            tuple(WireCode.TOO_MANY_ELEMENTS, "/a"), tuple(WireCode.TOO_MANY_ELEMENTS, ""));
  }
}
