package no.levehelelivet.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.levehelelivet.core.Measure;
import no.levehelelivet.process.ProcessInstance;
import org.junit.jupiter.api.Test;

/** {@code writeYaml} writes what {@code readYaml} reads back as an equal value. */
class YamlWritingTest {

  private final WireCodec codec = WireCodec.standard();

  @Test
  void everyDocumentTypeReadsBackEqualFromYaml() {
    List<?> values =
        List.of(
            Fixtures.plan(),
            Fixtures.measure(),
            Fixtures.vefsn(),
            Fixtures.question(),
            Fixtures.milestone(),
            no.levehelelivet.process.ProcessDefinition.standard(),
            ProcessFixtures.vefsnMapping());
    for (Object value : values) {
      String yaml = codec.writeYaml(value);

      ReadResult<Object> read = codec.readYamlDocument(yaml, ReadMode.STRICT);
      assertThat(read.problems()).as(yaml).isEmpty();
      assertThat(read.orElseThrow()).isEqualTo(value);
    }
  }

  @Test
  void writesTheEnvelopeFirstAndQuotesTheVersion() {
    String yaml = codec.writeYaml(Fixtures.measure());

    assertThat(yaml).startsWith("schemaVersion: \"2.0\"\ndocumentType: \"measure\"\n");
    assertThat(yaml).doesNotContain("---").endsWith("\n");
  }

  @Test
  void writesTextsThatYamlWouldReadAsOtherTypesQuoted() {
    Measure tricky =
        Fixtures.measure().withTitle("~").withDescription("true\n  # no: *1 &a 0x1F\ttab");

    String yaml = codec.writeYaml(tricky);

    assertThat(codec.readYaml(yaml, Measure.class, ReadMode.STRICT).orElseThrow())
        .isEqualTo(tricky);
  }

  @Test
  void writesTheSameBytesToEveryTarget() {
    ProcessInstance instance = ProcessFixtures.vefsnMapping();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    codec.writeYaml(instance, out);

    assertThat(out.toByteArray()).isEqualTo(codec.writeYamlBytes(instance));
    assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8))
        .isEqualTo(codec.writeYaml(instance));
    assertThat(codec.writeYaml(instance)).isEqualTo(codec.writeYaml(instance));
  }
}
