package no.levehelelivet.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import no.levehelelivet.core.Measure;
import no.levehelelivet.process.ProcessDefinition;
import org.junit.jupiter.api.Test;

/** Problems echo at most a cut of the input, and point at the member that broke the rule. */
class ReaderEchoTest {

  private final WireCodec codec = WireCodec.standard();

  @Test
  void cutsAnUnknownRoleCodeInItsMessage() {
    String longRole = "r".repeat(100_000);
    String json =
        Fixtures.resource("golden/v2/process-definition.json")
            .replace(
                "\"answeringRoles\": [\n    \"process-lead\"",
                "\"answeringRoles\": [\n    \"" + longRole + "\"");

    ReadResult<ProcessDefinition> result =
        codec.read(json, ProcessDefinition.class, ReadMode.STRICT);

    assertThat(result.problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(tuple(WireCode.UNKNOWN_CODE, "/answeringRoles/0"));
    assertThat(result.problems().get(0).message()).hasSizeLessThan(400);
  }

  @Test
  void reportsALongPropertyNameAtTheObjectThatHoldsItNotAtTheMemberBefore() {
    String json =
        codec
            .write(Fixtures.measure())
            .replace(
                "\"title\":",
                "\"" + "n".repeat(codec.limits().maxNameLength() + 1) + "\": 1,\n  \"title\":");

    assertThat(codec.read(json, Measure.class, ReadMode.STRICT).problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(tuple(WireCode.STRING_TOO_LONG, ""));
  }
}
