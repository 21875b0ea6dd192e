package no.levehelelivet.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import no.levehelelivet.core.Measure;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.core.plan.ActivityPlan;
import no.levehelelivet.core.reflection.ReflectionQuestion;
import no.levehelelivet.core.timeline.Milestone;

/** Laws of the wire format: read(write(x)) equals x, and writing is deterministic. */
class RoundTripProperties {

  private final WireCodec codec = WireCodec.standard();

  private <T> void roundTrips(T value, Class<T> type) {
    byte[] written = codec.writeBytes(value);
    ReadResult<T> read = codec.read(written, type, ReadMode.STRICT);

    assertThat(read.problems()).isEmpty();
    assertThat(read.orElseThrow()).isEqualTo(value);
    assertThat(codec.writeBytes(read.orElseThrow())).isEqualTo(written);
    assertThat(codec.writeBytes(value)).isEqualTo(written);
  }

  @Property(tries = 300, seed = "20261125")
  void activityPlansRoundTrip(@ForAll("plans") ActivityPlan plan) {
    roundTrips(plan, ActivityPlan.class);
  }

  @Property(tries = 300, seed = "20261125")
  void measuresRoundTrip(@ForAll("measures") Measure measure) {
    roundTrips(measure, Measure.class);
  }

  @Property(tries = 200, seed = "20261125")
  void municipalitiesRoundTrip(@ForAll("municipalities") Municipality municipality) {
    roundTrips(municipality, Municipality.class);
  }

  @Property(tries = 300, seed = "20261125")
  void reflectionQuestionsRoundTrip(@ForAll("questions") ReflectionQuestion question) {
    roundTrips(question, ReflectionQuestion.class);
  }

  @Property(tries = 300, seed = "20261125")
  void milestonesRoundTrip(@ForAll("milestones") Milestone milestone) {
    roundTrips(milestone, Milestone.class);
  }

  @Property(tries = 100, seed = "20261125")
  void aValueReadFromYamlWrittenAsJsonIsTheSameValue(@ForAll("measures") Measure measure) {
    // JSON is YAML 1.2, so the YAML reader must agree with the JSON reader on every document.
    assertThat(codec.readYaml(codec.write(measure), Measure.class, ReadMode.STRICT).orElseThrow())
        .isEqualTo(measure);
  }

  @Provide
  Arbitrary<ActivityPlan> plans() {
    return WireArbitraries.activityPlan();
  }

  @Provide
  Arbitrary<Measure> measures() {
    return WireArbitraries.measure();
  }

  @Provide
  Arbitrary<Municipality> municipalities() {
    return WireArbitraries.municipality();
  }

  @Provide
  Arbitrary<ReflectionQuestion> questions() {
    return WireArbitraries.reflectionQuestion();
  }

  @Provide
  Arbitrary<Milestone> milestones() {
    return WireArbitraries.milestone();
  }
}
