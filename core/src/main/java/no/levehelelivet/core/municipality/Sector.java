package no.levehelelivet.core.municipality;

import com.google.common.collect.ImmutableMap;
import no.levehelelivet.core.Labelled;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.internal.Codes;
import no.levehelelivet.core.internal.Labels;

/**
 * A sector (<i>sektor</i>) of the municipality's organisation, as the course material draws it
 * around the reform: the reform concerns every one of them, not only health and welfare.
 */
public enum Sector implements Labelled {
  /** <i>Politikk og administrasjon</i>: politics and administration. */
  POLITICS_AND_ADMINISTRATION("politics-and-administration"),
  /** <i>Oppvekst</i>: children's services (kindergartens, schools, after-school care). */
  UPBRINGING("upbringing"),
  /** <i>Teknisk</i>: technical services. */
  TECHNICAL("technical"),
  /** <i>Stab/støtte</i>: staff and support functions. */
  STAFF_AND_SUPPORT("staff-and-support"),
  /** <i>Kultur og næring</i>: culture and business development. */
  CULTURE_AND_BUSINESS("culture-and-business"),
  /** <i>Helse og velferd</i>: health and welfare. */
  HEALTH_AND_WELFARE("health-and-welfare");

  private static final ImmutableMap<String, Sector> BY_CODE = Codes.index(values());

  private final String code;

  Sector(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Language language) {
    return Labels.get("sector." + code, language);
  }

  /**
   * {@return the sector with the given code}
   *
   * @param code the sector's stable code
   * @throws UnknownCodeException if no sector has that code
   */
  public static Sector fromCode(String code) {
    return Codes.lookup(BY_CODE, "sector", code);
  }
}
