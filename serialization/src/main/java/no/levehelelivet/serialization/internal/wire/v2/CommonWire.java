package no.levehelelivet.serialization.internal.wire.v2;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.core.Source;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.serialization.internal.Fields;
import no.levehelelivet.serialization.internal.JsonOut;
import no.levehelelivet.serialization.internal.Node;
import no.levehelelivet.serialization.internal.Pointers;
import no.levehelelivet.serialization.internal.Scalars;
import org.jspecify.annotations.Nullable;

/**
 * The shapes shared by several documents.
 *
 * <ul>
 *   <li>A source: {@code {"citation": string, "url"?: string}}.
 *   <li>A localized text: an object from language code to text, in {@link Language} order ({@code
 *       nb}, {@code nn}, {@code en}); {@code nb} is required.
 * </ul>
 */
final class CommonWire {

  private static final ImmutableMap<String, String> TEXT_NAMES =
      ImmutableMap.of("texts", "", "texts.nb", "nb", "texts.nn", "nn", "texts.en", "en");

  private CommonWire() {}

  /** Writes a source as an object member. */
  public static void writeSource(JsonOut out, String name, Source source) {
    out.startObject(name);
    out.string("citation", source.citation());
    out.optional("url", source.url());
    out.endObject();
  }

  /** Binds a source. */
  @SuppressWarnings("NullAway") // build() runs the builder only when every required member is bound
  public static @Nullable Source readSource(Fields fields) {
    String citation = fields.string("citation");
    String url = fields.optionalString("url");
    return fields.build(
        ImmutableMap.of(),
        () -> {
          Source.Builder builder = Source.builder().citation(citation);
          if (url != null) {
            builder.url(url);
          }
          return builder.build();
        });
  }

  /** Writes a localized text as an object member. */
  public static void writeText(JsonOut out, String name, LocalizedText text) {
    out.startObject(name);
    for (Map.Entry<Language, String> entry : text.texts().entrySet()) {
      out.string(entry.getKey().code(), entry.getValue());
    }
    out.endObject();
  }

  /** Binds a localized text member; an unknown language is an unknown code. */
  public static @Nullable LocalizedText readText(Fields fields, String name, boolean required) {
    Map<String, Node> members = fields.map(name, required);
    if (members == null) {
      return null;
    }
    String pointer = Pointers.child(fields.pointer(), name);
    Node object = fields.member(name, false);
    Fields inner = object == null ? null : Fields.of(fields.problems(), object, pointer);
    if (inner == null) {
      return null;
    }
    Map<Language, String> texts = new EnumMap<>(Language.class);
    for (Map.Entry<String, Node> member : members.entrySet()) {
      String at = Pointers.child(pointer, member.getKey());
      inner.skip(member.getKey());
      try {
        Language language = Language.fromCode(member.getKey());
        String text = Scalars.text(fields.problems(), member.getValue(), at);
        if (text != null) {
          texts.put(language, text);
        }
      } catch (UnknownCodeException e) {
        fields
            .problems()
            .unknownCode(
                at,
                "unknown language \""
                    + e.code()
                    + "\"; valid languages are: "
                    + String.join(", ", e.validCodes()),
                member.getValue());
      }
    }
    return inner.build(TEXT_NAMES, () -> LocalizedText.of(texts));
  }
}
