package no.levehelelivet.serialization.internal.wire.v2;

import java.time.LocalDate;
import java.util.List;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.core.reflection.ReflectionQuestion;
import no.levehelelivet.core.timeline.Milestone;
import no.levehelelivet.process.Phase;
import no.levehelelivet.serialization.internal.Fields;
import no.levehelelivet.serialization.internal.JsonOut;
import org.jspecify.annotations.Nullable;

/**
 * A phase (<i>fase</i>) of a {@code process-definition} document: {@code code}, {@code label},
 * optional {@code description}, {@code initial}, {@code questions} (reflection question bodies),
 * {@code milestones} (milestone bodies), optional {@code targetDate}.
 */
final class PhaseWire {

  private PhaseWire() {}

  static void write(JsonOut out, Phase phase) {
    out.startObject();
    out.string("code", phase.code());
    CommonWire.writeText(out, "label", phase.label());
    phase.description().ifPresent(d -> CommonWire.writeText(out, "description", d));
    out.bool("initial", phase.isInitial());
    out.startArray("questions");
    for (ReflectionQuestion question : phase.questions()) {
      out.startObject();
      ReflectionQuestionWire.INSTANCE.write(out, question);
      out.endObject();
    }
    out.endArray();
    out.startArray("milestones");
    for (Milestone milestone : phase.milestones()) {
      out.startObject();
      MilestoneWire.INSTANCE.write(out, milestone);
      out.endObject();
    }
    out.endArray();
    phase.targetDate().ifPresent(d -> out.text("targetDate", d));
    out.endObject();
  }

  @SuppressWarnings("NullAway") // build() runs the builder only when every required member is bound
  static @Nullable Phase read(Fields fields) {
    String code = fields.string("code");
    LocalizedText label = CommonWire.readText(fields, "label", true);
    LocalizedText description = CommonWire.readText(fields, "description", false);
    Boolean initial = fields.bool("initial");
    List<ReflectionQuestion> questions =
        fields.objects("questions", ReflectionQuestionWire.INSTANCE::read);
    List<Milestone> milestones = fields.objects("milestones", MilestoneWire.INSTANCE::read);
    LocalDate targetDate =
        fields.parsed("targetDate", false, "an ISO date such as \"2026-11-24\"", LocalDate::parse);
    return fields.build(
        ProcessDefinitionWire.ALIASES,
        () -> {
          Phase.Builder builder =
              Phase.builder()
                  .code(code)
                  .label(label)
                  .initial(initial)
                  .addAllQuestions(questions)
                  .addAllMilestones(milestones);
          if (description != null) {
            builder.description(description);
          }
          if (targetDate != null) {
            builder.targetDate(targetDate);
          }
          return builder.build();
        });
  }
}
