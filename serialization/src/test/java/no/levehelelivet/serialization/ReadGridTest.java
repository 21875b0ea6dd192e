package no.levehelelivet.serialization;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import no.levehelelivet.process.ProcessDefinition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every cell of the reading grid (a text, bytes or a stream; a named type or any; JSON or YAML)
 * reads the same document to the same value, and a bad one to the same problems.
 */
class ReadGridTest {

  private static final WireCodec CODEC = WireCodec.standard();

  static Stream<Arguments> cells() {
    String json = Fixtures.resource("golden/v2/process-definition.json");
    String yaml = Fixtures.resource("golden/v2/process-definition.yaml");
    return Stream.of(
        cell("read(String)", json, t -> CODEC.read(t, ProcessDefinition.class, ReadMode.STRICT)),
        cell(
            "read(byte[])",
            json,
            t -> CODEC.read(t.getBytes(UTF_8), ProcessDefinition.class, ReadMode.STRICT)),
        cell(
            "read(InputStream)",
            json,
            t -> CODEC.read(stream(t), ProcessDefinition.class, ReadMode.STRICT)),
        cell(
            "readYaml(String)",
            yaml,
            t -> CODEC.readYaml(t, ProcessDefinition.class, ReadMode.STRICT)),
        cell(
            "readYaml(byte[])",
            yaml,
            t -> CODEC.readYaml(t.getBytes(UTF_8), ProcessDefinition.class, ReadMode.STRICT)),
        cell(
            "readYaml(InputStream)",
            yaml,
            t -> CODEC.readYaml(stream(t), ProcessDefinition.class, ReadMode.STRICT)),
        cell("readDocument(String)", json, t -> CODEC.readDocument(t, ReadMode.STRICT)),
        cell(
            "readDocument(byte[])",
            json,
            t -> CODEC.readDocument(t.getBytes(UTF_8), ReadMode.STRICT)),
        cell(
            "readDocument(InputStream)", json, t -> CODEC.readDocument(stream(t), ReadMode.STRICT)),
        cell("readYamlDocument(String)", yaml, t -> CODEC.readYamlDocument(t, ReadMode.STRICT)),
        cell(
            "readYamlDocument(byte[])",
            yaml,
            t -> CODEC.readYamlDocument(t.getBytes(UTF_8), ReadMode.STRICT)),
        cell(
            "readYamlDocument(InputStream)",
            yaml,
            t -> CODEC.readYamlDocument(stream(t), ReadMode.STRICT)));
  }

  private static Arguments cell(String name, String text, Function<String, ReadResult<?>> read) {
    return Arguments.of(name, text, read);
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cells")
  void readsTheSameValue(String name, String text, Function<String, ReadResult<?>> read) {
    ProcessDefinition expected = ProcessDocumentsTest.mini();

    assertThat(read.apply(text).orElseThrow()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cells")
  void reportsTheSameProblems(String name, String text, Function<String, ReadResult<?>> read) {
    String bad = text.replaceFirst("\"?version\"?: 1", "\"version\": 0");

    assertThat(read.apply(bad).problems())
        .extracting(Problem::code, Problem::pointer)
        .isEqualTo(
            List.of(org.assertj.core.groups.Tuple.tuple(WireCode.INVALID_VALUE, "/version")));
  }
}
