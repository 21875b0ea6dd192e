package no.levehelelivet.core.plan;

import com.google.common.collect.ImmutableMap;
import no.levehelelivet.core.Labelled;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.internal.Codes;
import no.levehelelivet.core.internal.Labels;

/** How a session is held (<i>format</i>). */
public enum SessionFormat implements Labelled {
  /** Digital, for example on Teams or Skype (<i>digitalt</i>). */
  DIGITAL("digital"),
  /** In person (<i>fysisk</i>). */
  PHYSICAL("physical"),
  /** Partly in person and partly digital at the same time (<i>hybrid</i>). */
  HYBRID("hybrid"),
  /** By telephone (<i>telefon</i>). */
  PHONE("phone");

  private static final ImmutableMap<String, SessionFormat> BY_CODE = Codes.index(values());

  private final String code;

  SessionFormat(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Language language) {
    return Labels.get("session-format." + code, language);
  }

  /**
   * {@return the format with the given code}
   *
   * @param code the format's stable code
   * @throws UnknownCodeException if no format has that code
   */
  public static SessionFormat fromCode(String code) {
    return Codes.lookup(BY_CODE, "session format", code);
  }
}
