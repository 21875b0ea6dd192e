package no.levehelelivet.core.actor;

import com.google.common.collect.ImmutableMap;
import no.levehelelivet.core.Labelled;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.internal.Codes;
import no.levehelelivet.core.internal.Labels;

/** The level (<i>nivå</i>) an actor works at: national, regional, municipal or civil society. */
public enum ActorLevel implements Labelled {
  /** National (<i>nasjonalt nivå</i>): ministry, directorate, national centres, KS. */
  NATIONAL("national"),
  /** Regional (<i>regionalt nivå</i>): Statsforvalteren, the county, specialist health service. */
  REGIONAL("regional"),
  /** Municipal (<i>kommunalt nivå</i>): the municipality's sectors and services. */
  MUNICIPAL("municipal"),
  /**
   * Society (<i>samfunnet</i>): citizens, users, next of kin, voluntary sector, business, research.
   */
  SOCIETY("society");

  private static final ImmutableMap<String, ActorLevel> BY_CODE = Codes.index(values());

  private final String code;

  ActorLevel(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Language language) {
    return Labels.get("actor-level." + code, language);
  }

  /**
   * {@return the level with the given code}
   *
   * @param code the level's stable code
   * @throws UnknownCodeException if no level has that code
   */
  public static ActorLevel fromCode(String code) {
    return Codes.lookup(BY_CODE, "actor level", code);
  }
}
