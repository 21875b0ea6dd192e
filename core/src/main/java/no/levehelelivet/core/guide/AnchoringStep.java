package no.levehelelivet.core.guide;

import com.google.common.collect.ImmutableMap;
import no.levehelelivet.core.Labelled;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.internal.Codes;
import no.levehelelivet.core.internal.Labels;

/**
 * A step of anchoring the reform in the municipalities (<i>forankring</i>), as the regional
 * competence office in Vefsn led Vefsn and its neighbours through them, in order.
 */
public enum AnchoringStep implements Labelled {
  /** <i>Felles sekvens for strategisk ledelse i kommunene</i> (administrative anchoring). */
  STRATEGIC_LEADERSHIP_SEQUENCE("strategic-leadership-sequence", 1),
  /** <i>Presentasjon/orientering i kommunestyrene</i> (political anchoring). */
  COUNCIL_BRIEFING("council-briefing", 2),
  /** <i>Veiledning av ressurspersoner i kommunen – bruk av dialogverktøy</i>. */
  RESOURCE_PERSON_GUIDANCE("resource-person-guidance", 3),
  /** <i>Innbyggerdialog</i>: dialogue with citizens. */
  CITIZEN_DIALOGUE("citizen-dialogue", 4),
  /** <i>Bistand underveis – deling på tvers av kommuner og fagområder</i>. */
  ONGOING_SUPPORT("ongoing-support", 5);

  private static final ImmutableMap<String, AnchoringStep> BY_CODE = Codes.index(values());

  private final String code;
  private final int number;

  AnchoringStep(String code, int number) {
    this.code = code;
    this.number = number;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Language language) {
    return Labels.get("anchoring-step." + code, language);
  }

  /** {@return the step's number, from 1} */
  public int number() {
    return number;
  }

  /**
   * {@return the step with the given code}
   *
   * @param code the step's stable code
   * @throws UnknownCodeException if no step has that code
   */
  public static AnchoringStep fromCode(String code) {
    return Codes.lookup(BY_CODE, "anchoring step", code);
  }
}
