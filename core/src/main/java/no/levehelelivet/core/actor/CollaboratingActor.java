package no.levehelelivet.core.actor;

import static no.levehelelivet.core.actor.ActorLevel.MUNICIPAL;
import static no.levehelelivet.core.actor.ActorLevel.NATIONAL;
import static no.levehelelivet.core.actor.ActorLevel.REGIONAL;
import static no.levehelelivet.core.actor.ActorLevel.SOCIETY;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import no.levehelelivet.core.Labelled;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.Source;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.internal.Codes;
import no.levehelelivet.core.internal.Labels;
import no.levehelelivet.core.internal.Sources;
import org.jspecify.annotations.Nullable;

/**
 * A collaborating actor (<i>samarbeidsaktør</i>) of the reform: a public body, a municipal sector
 * or service, or a part of civil society. Public bodies carry their official Norwegian names.
 *
 * <p>Municipal services are part of a sector: {@link #parent()} gives, for example, health and care
 * (<i>helse og omsorg</i>) for the home care service (<i>hjemmetjeneste</i>).
 */
public enum CollaboratingActor implements Labelled {
  /** <i>Helse- og omsorgsdepartementet</i> (HOD), the Ministry of Health and Care Services. */
  MINISTRY_OF_HEALTH_AND_CARE_SERVICES("ministry-of-health-and-care-services", NATIONAL, null),
  /**
   * <i>Kunnskapsdepartementet</i> (KD), the Ministry of Education and Research: the ministry of
   * Meld. St. 6 (2019–2020) «Tett på», which the course material shows beside the reform's white
   * paper.
   */
  MINISTRY_OF_EDUCATION_AND_RESEARCH("ministry-of-education-and-research", NATIONAL, null),
  /** <i>Helsedirektoratet</i>, the Norwegian Directorate of Health. */
  DIRECTORATE_OF_HEALTH("directorate-of-health", NATIONAL, null),
  /** <i>Senter for omsorgsforskning</i>, the Centre for Care Research. */
  CENTRE_FOR_CARE_RESEARCH("centre-for-care-research", NATIONAL, null),
  /** <i>Senteret for et aldersvennlig Norge</i>, from 2021. */
  CENTRE_FOR_AN_AGE_FRIENDLY_NORWAY("centre-for-an-age-friendly-norway", NATIONAL, null),
  /** <i>Rådet for et aldersvennlig Norge</i>, the Council for an Age-friendly Norway. */
  COUNCIL_FOR_AN_AGE_FRIENDLY_NORWAY("council-for-an-age-friendly-norway", NATIONAL, null),
  /** <i>KS (Kommunesektorens organisasjon)</i>, the organisation of the municipal sector. */
  KS("ks", NATIONAL, null),

  /** <i>Statsforvalteren</i> (until 2021 <i>Fylkesmannen</i>), the state's county governor. */
  COUNTY_GOVERNOR("county-governor", REGIONAL, null),
  /** <i>Fylkeskommune</i>, the county authority. */
  COUNTY_AUTHORITY("county-authority", REGIONAL, null),
  /** <i>Spesialisthelsetjenesten</i> (the health trusts), the specialist health service. */
  SPECIALIST_HEALTH_SERVICE("specialist-health-service", REGIONAL, null),
  /** <i>Utviklingssenter for sykehjem og hjemmetjenester</i> (USHT). */
  DEVELOPMENT_CENTRE_FOR_NURSING_HOMES_AND_HOME_SERVICES(
      "development-centre-for-nursing-homes-and-home-services", REGIONAL, null),
  /** <i>Regionalt kompetansekontor</i>, a regional competence office such as Vefsn's. */
  REGIONAL_COMPETENCE_OFFICE("regional-competence-office", REGIONAL, null),

  /** <i>Kommune</i>: the municipality as a whole. */
  MUNICIPALITY("municipality", MUNICIPAL, null),
  /** <i>Helse og omsorg</i>: the municipality's health and care sector. */
  HEALTH_AND_CARE("health-and-care", MUNICIPAL, "municipality"),
  /** <i>Legetjeneste</i>: medical services (the municipality's GPs and other doctors). */
  DOCTOR_SERVICE("doctor-service", MUNICIPAL, "health-and-care"),
  /** <i>Re-/habiliteringstjenesten</i>: the rehabilitation and habilitation service. */
  REHABILITATION_SERVICE("rehabilitation-service", MUNICIPAL, "health-and-care"),
  /** <i>Sosiale tjenester</i>: social services. */
  SOCIAL_SERVICES("social-services", MUNICIPAL, "health-and-care"),
  /** <i>Institusjon</i>: institutions such as nursing homes. */
  INSTITUTION("institution", MUNICIPAL, "health-and-care"),
  /** <i>Hjemmetjeneste</i>: home care services. */
  HOME_CARE("home-care", MUNICIPAL, "health-and-care"),
  /** <i>Helsefremmende og forebyggende tjenester</i>: health promotion and prevention. */
  HEALTH_PROMOTION_AND_PREVENTION("health-promotion-and-prevention", MUNICIPAL, "health-and-care"),
  /** <i>Oppvekst</i>: children's services (kindergartens, schools). */
  UPBRINGING("upbringing", MUNICIPAL, "municipality"),
  /** <i>Kultur og utdanning</i>: culture and education. */
  CULTURE_AND_EDUCATION("culture-and-education", MUNICIPAL, "municipality"),
  /** <i>Teknisk</i>: technical services (planning, buildings, roads). */
  TECHNICAL("technical", MUNICIPAL, "municipality"),
  /** <i>Folkehelse</i>: public health. */
  PUBLIC_HEALTH("public-health", MUNICIPAL, "municipality"),
  /** <i>Andre sektorer</i>: the municipality's other sectors. */
  OTHER_SECTORS("other-sectors", MUNICIPAL, "municipality"),

  /** <i>Innbyggere</i>: citizens. */
  CITIZENS("citizens", SOCIETY, null),
  /** <i>Brukere/pårørende</i>: service users and their next of kin. */
  USERS_AND_NEXT_OF_KIN("users-and-next-of-kin", SOCIETY, null),
  /** <i>Organisasjoner og frivilligheten</i>: organisations and the voluntary sector. */
  VOLUNTARY_ORGANISATIONS("voluntary-organisations", SOCIETY, null),
  /** <i>Næringsliv</i>: business. */
  BUSINESS("business", SOCIETY, null),
  /** <i>Forskning og utdanning</i>: research and education. */
  RESEARCH_AND_EDUCATION("research-and-education", SOCIETY, null),
  /** <i>Andre aktører</i>: other actors. */
  OTHER_ACTORS("other-actors", SOCIETY, null);

  private static final ImmutableMap<String, CollaboratingActor> BY_CODE = Codes.index(values());

  private final String code;
  private final ActorLevel level;
  private final @Nullable String parentCode;

  CollaboratingActor(String code, ActorLevel level, @Nullable String parentCode) {
    this.code = code;
    this.level = level;
    this.parentCode = parentCode;
  }

  @Override
  public String code() {
    return code;
  }

  /** The actor's name; for a public body, its official Norwegian name in bokmål and nynorsk. */
  @Override
  public String label(Language language) {
    return Labels.get("collaborating-actor." + code, language);
  }

  /** {@return the level the actor works at} */
  public ActorLevel level() {
    return level;
  }

  /** {@return the sector or body this actor is part of, if any} */
  public Optional<CollaboratingActor> parent() {
    return parentCode == null ? Optional.empty() : Optional.of(fromCode(parentCode));
  }

  /** {@return the actors directly part of this one, in catalogue order} */
  public ImmutableList<CollaboratingActor> children() {
    ImmutableList.Builder<CollaboratingActor> children = ImmutableList.builder();
    for (CollaboratingActor actor : values()) {
      if (code.equals(actor.parentCode)) {
        children.add(actor);
      }
    }
    return children.build();
  }

  /**
   * {@return where the actor is named: the course material's actor map for the actors drawn on it;
   * for the others (the national centres and council, KS, the development centres, the regional
   * competence office and Kunnskapsdepartementet), the page or slide that names them in the reform}
   */
  public Source source() {
    return switch (this) {
      case MINISTRY_OF_EDUCATION_AND_RESEARCH -> Sources.MELD_ST_6;
      case CENTRE_FOR_CARE_RESEARCH, DEVELOPMENT_CENTRE_FOR_NURSING_HOMES_AND_HOME_SERVICES ->
          Sources.HDIR_ABOUT_THE_REFORM_NN;
      case CENTRE_FOR_AN_AGE_FRIENDLY_NORWAY -> Sources.AGE_FRIENDLY_CENTRE_ABOUT;
      case COUNCIL_FOR_AN_AGE_FRIENDLY_NORWAY -> Sources.HDIR_ANNUAL_REPORT_2022_SUPPORT;
      case KS -> Sources.KS_ROLE;
      case REGIONAL_COMPETENCE_OFFICE -> Sources.COURSE_DECK_VEFSN;
      default -> Sources.COURSE_DECK;
    };
  }

  /**
   * {@return the actor with the given code}
   *
   * @param code the actor's stable code
   * @throws UnknownCodeException if no actor has that code
   */
  public static CollaboratingActor fromCode(String code) {
    return Codes.lookup(BY_CODE, "actor", code);
  }
}
