package no.levehelelivet.process;

import static no.levehelelivet.process.Role.ADMINISTRATIVE_LEADERSHIP;
import static no.levehelelivet.process.Role.MUNICIPAL_COUNCIL;
import static no.levehelelivet.process.Role.PROCESS_LEAD;
import static no.levehelelivet.process.Role.RESOURCE_PERSON;

import com.google.common.collect.ImmutableList;
import no.levehelelivet.core.Catalogue;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.core.reflection.ReflectionQuestion;

/**
 * The standard local change process (<i>den lokale endringsprosessen</i>) of the reform <i>Leve
 * hele livet</i>, after the municipal handbook's step model "Reformen – steg for steg" and the web
 * guide's service-design model: five phases from start-up to implementation and evaluation, with
 * the reference's fixed phase, trigger, criterion and role codes.
 *
 * <p>Beyond the reference table, these choices are the library's own, and a municipality can tailor
 * every one: recording a criterion is allowed to the process lead and the administrative leadership
 * (political anchoring also to the municipal council, the mapping criteria also to resource
 * persons, council adoption only to the council and the process lead, with the council's case
 * number as required evidence); every standard role may answer reflection questions; and starting a
 * new cycle resets every criterion except the start-up anchoring, so the new cycle's mapping, plan
 * and evaluation are recorded afresh.
 *
 * <p>Stateless and thread-safe; {@link ProcessDefinition#standard()} always returns the same
 * definition.
 */
public final class StandardProcess {

  /** The standard definition's id. */
  public static final String ID = "leve-hele-livet-standard";

  /** Phase {@code start-up} (<i>oppstart</i>), the initial phase. */
  public static final String START_UP = "start-up";

  /** Phase {@code mapping} (<i>kartlegging</i>). */
  public static final String MAPPING = "mapping";

  /** Phase {@code plan-and-decide} (<i>planlegge og beslutte</i>). */
  public static final String PLAN_AND_DECIDE = "plan-and-decide";

  /** Phase {@code integrate-into-plans} (<i>integrere i kommunens planverk</i>). */
  public static final String INTEGRATE_INTO_PLANS = "integrate-into-plans";

  /** Phase {@code implement-and-evaluate} (<i>gjennomføre og evaluere</i>). */
  public static final String IMPLEMENT_AND_EVALUATE = "implement-and-evaluate";

  /** Criterion {@code administrative-anchoring} (<i>administrativ forankring</i>). */
  public static final String ADMINISTRATIVE_ANCHORING = "administrative-anchoring";

  /** Criterion {@code political-anchoring} (<i>politisk forankring</i>). */
  public static final String POLITICAL_ANCHORING = "political-anchoring";

  /** Criterion {@code process-team-appointed} (<i>prosessteam oppnevnt</i>). */
  public static final String PROCESS_TEAM_APPOINTED = "process-team-appointed";

  /** Criterion {@code challenge-picture-described} (<i>utfordringsbildet beskrevet</i>). */
  public static final String CHALLENGE_PICTURE_DESCRIBED = "challenge-picture-described";

  /** Criterion {@code citizen-dialogue-held} (<i>innbyggerdialog gjennomført</i>). */
  public static final String CITIZEN_DIALOGUE_HELD = "citizen-dialogue-held";

  /** Criterion {@code focus-areas-assessed} (<i>innsatsområdene vurdert</i>). */
  public static final String FOCUS_AREAS_ASSESSED = "focus-areas-assessed";

  /** Criterion {@code actors-mobilised} (<i>aktører mobilisert</i>). */
  public static final String ACTORS_MOBILISED = "actors-mobilised";

  /** Criterion {@code plan-covers-focus-areas} (<i>planen tar stilling til innsatsområdene</i>). */
  public static final String PLAN_COVERS_FOCUS_AREAS = "plan-covers-focus-areas";

  /**
   * Criterion {@code plan-adopted-by-council} (<i>planen vedtatt i kommunestyret</i>); requires the
   * council's case or decision reference as evidence.
   */
  public static final String PLAN_ADOPTED_BY_COUNCIL = "plan-adopted-by-council";

  /** Criterion {@code linked-to-community-plan} (<i>forankret i kommuneplanens samfunnsdel</i>). */
  public static final String LINKED_TO_COMMUNITY_PLAN = "linked-to-community-plan";

  /**
   * Criterion {@code linked-to-economy-plan} (<i>innarbeidet i økonomi- og handlingsplanen</i>).
   */
  public static final String LINKED_TO_ECONOMY_PLAN = "linked-to-economy-plan";

  /** Criterion {@code goal-reporting-defined} (<i>målrapportering definert</i>). */
  public static final String GOAL_REPORTING_DEFINED = "goal-reporting-defined";

  /** Criterion {@code evaluation-recorded} (<i>evaluering registrert</i>). */
  public static final String EVALUATION_RECORDED = "evaluation-recorded";

  /** The milestone attached to plan and decide: politically adopted local plans expected. */
  public static final String LOCAL_PLANS_ADOPTED = "local-plans-adopted";

  private StandardProcess() {}

  private static final class Holder {
    static final ProcessDefinition DEFINITION = build();
  }

  /** The standard definition, id {@value #ID}, version 1; {@link ProcessDefinition#standard()}. */
  static ProcessDefinition definition() {
    return Holder.DEFINITION;
  }

  private static ProcessDefinition build() {
    Catalogue catalogue = Catalogue.leveHeleLivet();
    return ProcessDefinition.builder()
        .id(ID)
        .version(1)
        .name(
            LocalizedText.of(
                "Leve hele livet – lokal endringsprosess",
                "Leve heile livet – lokal endringsprosess",
                "A full life – all your life: the local change process"))
        .addPhase(
            phase(
                    START_UP,
                    LocalizedText.of("Oppstart", "Oppstart", "Start-up"),
                    LocalizedText.of(
                        "Ledelsen setter reformen på dagsordenen; administrativ og politisk"
                            + " forankring; prosessteam og ressurspersoner.",
                        "Leiinga set reforma på dagsordenen; administrativ og politisk forankring;"
                            + " prosessteam og ressurspersonar.",
                        "Leadership puts the reform on the agenda; administrative and political"
                            + " anchoring; a process team and resource persons."),
                    "what-do-you-think-of-the-reform",
                    "what-is-useful-for-you",
                    "which-structures-support-the-process",
                    "which-kind-of-change")
                .initial(true)
                .build())
        .addPhase(
            phase(
                    MAPPING,
                    LocalizedText.of("Kartlegging", "Kartlegging", "Mapping"),
                    LocalizedText.of(
                        "Kommunen kartlegger og analyserer egne utfordringer og behov for hvert"
                            + " innsatsområde (utfordringsbildet), med innbyggerdialog.",
                        "Kommunen kartlegg og analyserer eigne utfordringar og behov for kvart"
                            + " innsatsområde (utfordringsbiletet), med innbyggjardialog.",
                        "The municipality maps and analyses its own challenges and needs per focus"
                            + " area (the challenge picture), with citizen dialogue."),
                    "what-does-it-take",
                    "insight-into-challenge-picture",
                    "what-more-insight-is-needed",
                    "how-to-gain-insight-into-what-must-change",
                    "which-behaviours-are-challenged",
                    "what-do-older-consumers-want")
                .build())
        .addPhase(
            phase(
                    PLAN_AND_DECIDE,
                    LocalizedText.of(
                        "Planlegge og beslutte", "Planleggje og avgjere", "Plan and decide"),
                    LocalizedText.of(
                        "Mobilisere og samskape med aktører (næringsliv, frivillighet,"
                            + " innbyggere); en plan som tar stilling til alle innsatsområdene og"
                            + " løsningene; politisk vedtak i kommunestyret.",
                        "Mobilisere og samskape med aktørar (næringsliv, frivilligheit,"
                            + " innbyggjarar); ein plan som tek stilling til alle innsatsområda og"
                            + " løysingane; politisk vedtak i kommunestyret.",
                        "Mobilise and co-create with actors (business, the voluntary sector,"
                            + " citizens); a plan that takes a position on every focus area and"
                            + " the solutions; a political decision in the municipal council."),
                    "what-can-we-achieve-together",
                    "who-can-help",
                    "how-to-mobilise-all-resources",
                    "how-to-create-something-new-together",
                    "which-alliances-are-needed",
                    "how-to-present-it")
                .addMilestone(catalogue.milestone(LOCAL_PLANS_ADOPTED))
                .build())
        .addPhase(
            phase(
                    INTEGRATE_INTO_PLANS,
                    LocalizedText.of(
                        "Integrere i kommunens planverk",
                        "Integrere i planverket til kommunen",
                        "Integrate into the municipal plans"),
                    LocalizedText.of(
                        "Vedtakene innarbeides i kommuneplanens samfunnsdel, økonomi- og"
                            + " handlingsplanen og sektorplaner; målrapportering defineres.",
                        "Vedtaka blir innarbeidde i samfunnsdelen av kommuneplanen, økonomi- og"
                            + " handlingsplanen og sektorplanar; målrapportering blir definert.",
                        "The decisions go into the community part of the municipal master plan,"
                            + " the economy and action plan and sector plans; goal reporting is"
                            + " defined."),
                    "what-else-is-happening-in-the-municipality")
                .build())
        .addPhase(
            phase(
                    IMPLEMENT_AND_EVALUATE,
                    LocalizedText.of(
                        "Gjennomføre og evaluere",
                        "Gjennomføre og evaluere",
                        "Implement and evaluate"),
                    LocalizedText.of(
                        "Tiltakene gjennomføres, evalueres jevnlig og justeres; en ny runde kan"
                            + " starte fra kartlegging.",
                        "Tiltaka blir gjennomførte, evaluerte jamleg og justerte; ein ny runde kan"
                            + " starte frå kartlegging.",
                        "Measures are carried out, evaluated regularly and corrected; a new cycle"
                            + " may start from mapping."),
                    "what-happens-to-people-who-must-change",
                    "what-motivates-change",
                    "how-to-work-with-empathy")
                .build())
        .addAllTransitions(StandardTransitions.transitions())
        .addAllCriteria(StandardTransitions.criteria())
        .addAllRoles(Role.standardRoles())
        .addAllAnsweringRoles(Role.standardRoles())
        .build();
  }

  private static Phase.Builder phase(
      String code, LocalizedText label, LocalizedText description, String... questions) {
    Catalogue catalogue = Catalogue.leveHeleLivet();
    ImmutableList.Builder<ReflectionQuestion> attached = ImmutableList.builder();
    for (String question : questions) {
      attached.add(catalogue.reflectionQuestion(question));
    }
    Phase.Builder builder = Phase.builder();
    builder.code(code).label(label).description(description).addAllQuestions(attached.build());
    return builder;
  }

  static ImmutableList<Role> recordersOfMost() {
    return ImmutableList.of(PROCESS_LEAD, ADMINISTRATIVE_LEADERSHIP);
  }

  static ImmutableList<Role> recordersOfMapping() {
    return ImmutableList.of(PROCESS_LEAD, ADMINISTRATIVE_LEADERSHIP, RESOURCE_PERSON);
  }

  static ImmutableList<Role> recordersOfAdoption() {
    return ImmutableList.of(MUNICIPAL_COUNCIL, PROCESS_LEAD);
  }
}
