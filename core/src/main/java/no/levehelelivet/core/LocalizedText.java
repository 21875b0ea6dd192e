package no.levehelelivet.core;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import no.levehelelivet.core.internal.CoreMessages;
import no.levehelelivet.core.internal.TupleValue;
import org.immutables.value.Value;

/**
 * A text written in one or more {@link Language}s (<i>tekst på flere språk</i>), always with a
 * bokmål version, which is what a missing translation falls back to.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract class LocalizedText {

  LocalizedText() {}

  /**
   * The text in each language it is written in, in {@link Language} order; bokmål is always there.
   */
  public abstract ImmutableSortedMap<Language, String> texts();

  /**
   * Returns the text with the given versions.
   *
   * @throws InvalidValueException if there is no bokmål version or a version is blank
   */
  public static LocalizedText of(Map<Language, String> texts) {
    return ImmutableLocalizedText.of(ImmutableSortedMap.copyOf(texts));
  }

  /** Returns a text written in bokmål only. */
  public static LocalizedText of(String bokmal) {
    return of(Map.of(Language.BOKMAL, bokmal));
  }

  /** Returns a text written in bokmål and English. */
  public static LocalizedText of(String bokmal, String english) {
    return of(Map.of(Language.BOKMAL, bokmal, Language.ENGLISH, english));
  }

  /** Returns a text written in bokmål, nynorsk and English. */
  public static LocalizedText of(String bokmal, String nynorsk, String english) {
    return of(
        Map.of(Language.BOKMAL, bokmal, Language.NYNORSK, nynorsk, Language.ENGLISH, english));
  }

  /** The text in {@code language}, or in bokmål where it is not translated. */
  public String in(Language language) {
    String text = texts().get(language);
    return text != null ? text : bokmal();
  }

  /** The bokmål text. */
  public String bokmal() {
    String text = texts().get(Language.BOKMAL);
    if (text == null) {
      throw new IllegalStateException("checked on construction");
    }
    return text;
  }

  /** Whether the text is written in {@code language} itself, without falling back. */
  public boolean isWrittenIn(Language language) {
    return texts().containsKey(language);
  }

  @Value.Check
  void check() {
    CoreMessages.require(
        texts().containsKey(Language.BOKMAL), "texts", "written in bokmål (nb)", texts().keySet());
    // a loop, and the field name built only on failure: checked for every text the catalogue loads
    for (Map.Entry<Language, String> entry : texts().entrySet()) {
      if (entry.getValue().isBlank() || !ValueLimits.isText(entry.getValue())) {
        CoreMessages.requireNotBlank("texts." + entry.getKey().code(), entry.getValue());
      }
    }
  }

  @Override
  public String toString() {
    return bokmal();
  }
}
