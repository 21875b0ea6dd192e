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
   * {@return the text in each language it is written in, in {@link Language} order; bokmål is
   * always there}
   */
  public abstract ImmutableSortedMap<Language, String> texts();

  /**
   * {@return the text with the given versions}
   *
   * @param texts the text in each language it is written in; must hold bokmål, and no text may be
   *     blank
   * @throws InvalidValueException if there is no bokmål version or a version is blank
   */
  public static LocalizedText of(Map<Language, String> texts) {
    return ImmutableLocalizedText.of(ImmutableSortedMap.copyOf(texts));
  }

  /**
   * {@return a text written in bokmål only}
   *
   * @param bokmal the text in bokmål; not blank
   */
  public static LocalizedText of(String bokmal) {
    return of(Map.of(Language.BOKMAL, bokmal));
  }

  /**
   * {@return a text written in bokmål and English}
   *
   * @param bokmal the text in bokmål; not blank
   * @param english the text in English; not blank
   */
  public static LocalizedText of(String bokmal, String english) {
    return of(Map.of(Language.BOKMAL, bokmal, Language.ENGLISH, english));
  }

  /**
   * {@return a text written in bokmål, nynorsk and English}
   *
   * @param bokmal the text in bokmål; not blank
   * @param nynorsk the text in nynorsk; not blank
   * @param english the text in English; not blank
   */
  public static LocalizedText of(String bokmal, String nynorsk, String english) {
    return of(
        Map.of(Language.BOKMAL, bokmal, Language.NYNORSK, nynorsk, Language.ENGLISH, english));
  }

  /**
   * {@return the text in {@code language}, or in bokmål where it is not translated}
   *
   * @param language the language wanted
   */
  public String in(Language language) {
    String text = texts().get(language);
    return text != null ? text : bokmal();
  }

  /** {@return the bokmål text} */
  public String bokmal() {
    String text = texts().get(Language.BOKMAL);
    if (text == null) {
      throw new IllegalStateException("checked on construction");
    }
    return text;
  }

  /**
   * {@return whether the text is written in {@code language} itself, without falling back}
   *
   * @param language the language to test for
   */
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
