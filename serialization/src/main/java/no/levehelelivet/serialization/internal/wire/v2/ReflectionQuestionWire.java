package no.levehelelivet.serialization.internal.wire.v2;

import com.google.common.collect.ImmutableMap;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.core.Source;
import no.levehelelivet.core.reflection.QuestionTopic;
import no.levehelelivet.core.reflection.ReflectionQuestion;
import no.levehelelivet.serialization.internal.DocumentBinder;
import no.levehelelivet.serialization.internal.Fields;
import no.levehelelivet.serialization.internal.JsonOut;
import org.jspecify.annotations.Nullable;

/**
 * The {@code reflection-question} document, major 2. Members, in this order: {@code code}, {@code
 * topic} (a code of {@link QuestionTopic}), {@code text} (a localized text), {@code usedIn} (a
 * source) and optional {@code attribution}.
 */
final class ReflectionQuestionWire implements DocumentBinder<ReflectionQuestion> {

  /** The binder. */
  public static final ReflectionQuestionWire INSTANCE = new ReflectionQuestionWire();

  private ReflectionQuestionWire() {}

  @Override
  public void write(JsonOut out, ReflectionQuestion question) {
    out.string("code", question.code());
    out.code("topic", question.topic());
    CommonWire.writeText(out, "text", question.text());
    CommonWire.writeSource(out, "usedIn", question.usedIn());
    out.optional("attribution", question.attribution());
  }

  @SuppressWarnings("NullAway") // build() runs the builder only when every required member is bound
  @Override
  public @Nullable ReflectionQuestion read(Fields fields) {
    String code = fields.string("code");
    QuestionTopic topic = fields.code("topic", true, QuestionTopic::fromCode);
    LocalizedText text = CommonWire.readText(fields, "text", true);
    Source usedIn = fields.object("usedIn", true, CommonWire::readSource);
    String attribution = fields.optionalString("attribution");
    return fields.build(
        ImmutableMap.of(),
        () -> {
          ReflectionQuestion.Builder builder =
              ReflectionQuestion.builder().code(code).topic(topic).text(text).usedIn(usedIn);
          if (attribution != null) {
            builder.attribution(attribution);
          }
          return builder.build();
        });
  }
}
