package no.levehelelivet.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import no.levehelelivet.core.Measure;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * A node of an older minor version never writes back a newer minor's document without the members
 * it did not understand: the write is refused with {@code LHL-S-040}, naming them.
 */
class RollingUpgradeTest {

  private final WireCodec codec = WireCodec.standard();

  /** An instance as a node of minor 2.4 would write it: one root member 2.0 does not know. */
  private String newerInstance() {
    String current = codec.write(ProcessFixtures.vefsnStarted());
    return current
        .replace("\"schemaVersion\": \"2.0\"", "\"schemaVersion\": \"2.4\"")
        .replaceFirst("\n}\n$", ",\n  \"retention\": \"P10Y\"\n}\n");
  }

  @Test
  void refusesToWriteAnInstanceFiredAfterATolerantReadOfANewerMinor() {
    String newer = newerInstance();
    ReadResult<ProcessInstance> read = codec.read(newer, ProcessInstance.class, ReadMode.TOLERANT);
    assertThat(read.unknownFields())
        .extracting(UnknownField::pointer)
        .containsExactly("/retention");

    ProcessInstance fired =
        ProcessFixtures.accept(
            read.orElseThrow(),
            Command.recordCriterion("political-anchoring", ProcessFixtures.LEAD, "PS 2026/4"),
            2);

    for (Runnable write :
        new Runnable[] {
          () -> codec.write(fired),
          () -> codec.writeBytes(fired),
          () -> codec.write(fired, new ByteArrayOutputStream()),
          () -> codec.writeYaml(fired),
          () -> codec.write(read.orElseThrow())
        }) {
      assertThatThrownBy(write::run)
          .isInstanceOfSatisfying(
              UnknownMembersException.class,
              e -> {
                assertThat(e.code()).isEqualTo(WireCode.UNKNOWN_MEMBERS_WOULD_BE_LOST);
                assertThat(e.pointers()).containsExactly("/retention");
              })
          .hasMessageStartingWith("LHL-S-040")
          .hasMessageContaining("\"/retention\"");
    }
  }

  @Test
  void refusesToWriteAMeasureReadWithUnknownMembers() {
    String newer =
        codec
            .write(Fixtures.measure())
            .replace("\"2.0\"", "\"2.4\"")
            .replace("\"focusAreas\": [", "\"focusAreas\": [\n    \"housing\",");
    Measure measure = codec.read(newer, Measure.class, ReadMode.TOLERANT).orElseThrow();

    assertThatThrownBy(() -> codec.write(measure))
        .isInstanceOf(UnknownMembersException.class)
        .hasMessageContaining("\"/focusAreas/0\"");
  }

  @Test
  void stillWritesWhatANewerMinorDocumentHeldNothingUnknownIn() {
    String newer = codec.write(ProcessFixtures.vefsnStarted()).replace("\"2.0\"", "\"2.4\"");
    ProcessInstance read =
        codec.read(newer, ProcessInstance.class, ReadMode.TOLERANT).orElseThrow();

    assertThat(codec.read(codec.write(read), ProcessInstance.class, ReadMode.STRICT).orElseThrow())
        .isEqualTo(read);
  }

  @Test
  void anEqualInstanceReadElsewhereIsNotRefused() {
    ProcessInstance tolerant =
        codec.read(newerInstance(), ProcessInstance.class, ReadMode.TOLERANT).orElseThrow();
    ProcessInstance own = ProcessFixtures.vefsnStarted();

    assertThat(own).isEqualTo(tolerant);
    assertThat(codec.write(own)).contains("\"schemaVersion\": \"2.0\"");
  }
}
