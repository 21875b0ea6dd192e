package no.levehelelivet.serialization.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.levehelelivet.core.Measure;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.core.plan.ActivityPlan;
import no.levehelelivet.serialization.Fixtures;
import no.levehelelivet.serialization.ProcessFixtures;
import no.levehelelivet.serialization.WireCode;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/** A vendor's own Jackson 3 mapper reads and writes our values with the module. */
class LeveHeleLivetModuleTest {

  private final JsonMapper mapper =
      JsonMapper.builder().addModule(new LeveHeleLivetModule()).build();

  @Test
  void writesTheSameDocumentTheCodecWrites() {
    String json = mapper.writeValueAsString(Fixtures.measure());

    assertThat(mapper.readTree(json))
        .isEqualTo(mapper.readTree(Fixtures.resource("golden/v2/measure.json")));
  }

  @Test
  void readsValuesInsideTheVendorsOwnStructures() {
    List<Municipality> municipalities = List.of(Fixtures.vefsn(), Municipality.of("Oslo", "0301"));

    String json = mapper.writeValueAsString(municipalities);
    assertThat(mapper.readValue(json, new TypeReference<List<Municipality>>() {}))
        .isEqualTo(municipalities);
    assertThat(
            mapper.readValue(Fixtures.resource("golden/v2/activity-plan.json"), ActivityPlan.class))
        .isEqualTo(Fixtures.plan());
  }

  @Test
  void readsAndWritesAProcessInstanceWithItsJournal() {
    no.levehelelivet.process.ProcessInstance instance = ProcessFixtures.vefsnMapping();

    String json = mapper.writeValueAsString(instance);
    assertThat(mapper.readValue(json, no.levehelelivet.process.ProcessInstance.class))
        .isEqualTo(instance);
  }

  @Test
  void readsTheFrozenMajorOneCorpusToo() {
    assertThat(mapper.readValue(Fixtures.resource("corpus/v1/measure.json"), Measure.class))
        .isEqualTo(Fixtures.measure());
  }

  @Test
  void reportsEveryProblemWithItsCodeInOneJacksonException() {
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    Fixtures.resource("negative/LHL-S-005-unknown-code.json"), Measure.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining(WireCode.UNKNOWN_CODE.code())
        .hasMessageContaining("/responsibleSector");
  }
}
