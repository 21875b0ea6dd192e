package no.levehelelivet.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Multimaps;
import java.util.Comparator;
import java.util.Optional;
import no.levehelelivet.core.actor.ActorMap;
import no.levehelelivet.core.actor.ActorMapView;
import no.levehelelivet.core.actor.CollaboratingActor;
import no.levehelelivet.core.demography.DemographicIndicator;
import no.levehelelivet.core.demography.DemographicTrend;
import no.levehelelivet.core.demography.KeyFigure;
import no.levehelelivet.core.guide.AnchoringStep;
import no.levehelelivet.core.guide.ChangeRole;
import no.levehelelivet.core.guide.CivilSocietyMeasure;
import no.levehelelivet.core.guide.CourseGoal;
import no.levehelelivet.core.guide.GuideSection;
import no.levehelelivet.core.guide.GuideTheme;
import no.levehelelivet.core.guide.MobilisationTheme;
import no.levehelelivet.core.guide.PlanningInstrument;
import no.levehelelivet.core.guide.ReformExample;
import no.levehelelivet.core.guide.SeminarActivity;
import no.levehelelivet.core.guide.SeminarMethod;
import no.levehelelivet.core.internal.Codes;
import no.levehelelivet.core.municipality.ChangeKind;
import no.levehelelivet.core.municipality.GovernanceParadigm;
import no.levehelelivet.core.municipality.LeadershipPerspective;
import no.levehelelivet.core.municipality.MunicipalRole;
import no.levehelelivet.core.municipality.Sector;
import no.levehelelivet.core.municipality.SectorChallenge;
import no.levehelelivet.core.plan.ActivityPlan;
import no.levehelelivet.core.reflection.QuestionTopic;
import no.levehelelivet.core.reflection.ReflectionQuestion;
import no.levehelelivet.core.reform.CoherenceKeyword;
import no.levehelelivet.core.reform.ReformAim;
import no.levehelelivet.core.reform.ReformPrinciple;
import no.levehelelivet.core.reform.TargetGroup;
import no.levehelelivet.core.reform.Term;
import no.levehelelivet.core.timeline.Milestone;

/**
 * The catalogue (<i>katalog</i>) of the quality reform <i>Leve hele livet</i>: everything the
 * reform names — focus areas, solutions, actors and the actor map, the municipality's sectors and
 * roles, reflection questions, the timeline and a sample activity plan — and the concepts of its
 * course and guide material ({@link #concepts()}), with stable codes, labels in bokmål, nynorsk and
 * English, and sources.
 *
 * <pre>{@code
 * Catalogue catalogue = Catalogue.leveHeleLivet();
 * for (FocusArea area : catalogue.focusAreas()) {
 *   System.out.println(area.label(Language.ENGLISH));
 *   for (Solution solution : catalogue.solutions(area)) {
 *     System.out.println("  " + solution.label(Language.BOKMAL));
 *   }
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@link #leveHeleLivet()} always returns the same instance.
 */
public final class Catalogue {

  private static final Catalogue LEVE_HELE_LIVET = new Catalogue();

  // Each part of the catalogue is built on first use, by the JVM's thread-safe class
  // initialisation (the holder idiom): a program that needs only the reflection questions, such as
  // one starting a process on the standard definition, does not pay for the actor map, the
  // timeline or the activity plans.

  /** The reflection questions, in catalogue order, and by code. */
  private static final class Questions {
    static final ImmutableList<ReflectionQuestion> ALL = QuestionData.questions();
    static final ImmutableMap<String, ReflectionQuestion> BY_CODE = Codes.index(ALL);
  }

  /** The reflection questions by topic. */
  private static final class QuestionsByTopic {
    static final ImmutableListMultimap<QuestionTopic, ReflectionQuestion> BY_TOPIC =
        Multimaps.index(Questions.ALL, ReflectionQuestion::topic);
  }

  /** The milestones of the timeline, by date, and by code. */
  private static final class Milestones {
    static final ImmutableList<Milestone> ALL =
        ImmutableList.sortedCopyOf(new ByDate(), TimelineData.milestones());
    static final ImmutableMap<String, Milestone> BY_CODE = Codes.index(ALL);
  }

  /** Orders milestones by date, then by last date; a class rather than a lambda chain. */
  static final class ByDate implements Comparator<Milestone> {
    @Override
    public int compare(Milestone a, Milestone b) {
      int byDate = a.date().compareTo(b.date());
      return byDate != 0 ? byDate : a.lastDate().compareTo(b.lastDate());
    }
  }

  /** The actor map. */
  private static final class Actors {
    static final ActorMap MAP = ActorMapData.actorMap();
  }

  /** The sample activity plans, and by code. */
  private static final class Plans {
    static final ImmutableList<ActivityPlan> ALL = ImmutableList.of(PlanData.ushtViken());
    static final ImmutableMap<String, ActivityPlan> BY_CODE = Codes.index(ALL);
  }

  /** Every seed concept, type by type. */
  private static final class Concepts {
    static final ImmutableList<Concept> ALL =
        ImmutableList.<Concept>builder()
            .add(GuideSection.values())
            .add(CourseGoal.values())
            .add(SeminarMethod.values())
            .add(SeminarActivity.values())
            .add(ChangeRole.values())
            .add(MobilisationTheme.values())
            .add(CivilSocietyMeasure.values())
            .add(PlanningInstrument.values())
            .add(ReformExample.values())
            .add(LeadershipPerspective.values())
            .add(SectorChallenge.values())
            .add(ReformAim.values())
            .add(TargetGroup.values())
            .add(ReformPrinciple.values())
            .add(Term.values())
            .add(CoherenceKeyword.values())
            .add(DemographicIndicator.values())
            .add(DemographicTrend.values())
            .add(KeyFigure.values())
            .build();
  }

  /** The coded enums a host may look up by code without knowing the code is there. */
  private static final class EnumsByCode {
    static final ImmutableMap<String, FocusArea> FOCUS_AREAS = Codes.index(FocusArea.values());
    static final ImmutableMap<String, Solution> SOLUTIONS = Codes.index(Solution.values());
    static final ImmutableMap<String, CollaboratingActor> ACTORS =
        Codes.index(CollaboratingActor.values());
  }

  private Catalogue() {}

  /** {@return the catalogue of the reform <i>Leve hele livet</i>} */
  public static Catalogue leveHeleLivet() {
    return LEVE_HELE_LIVET;
  }

  /**
   * {@return the reform's official name in the given language, for example "Leve heile livet" in
   * nynorsk}
   *
   * @param language the language of the name
   */
  public String reformName(Language language) {
    switch (language) {
      case NYNORSK:
        return "Leve heile livet";
      case ENGLISH:
        return "A full life – all your life";
      case BOKMAL:
      default:
        return "Leve hele livet";
    }
  }

  /** {@return the white paper that launched the reform: Meld. St. 15 (2017–2018)} */
  public Source whitePaper() {
    return Source.of(
        "Meld. St. 15 (2017–2018) «Leve hele livet — En kvalitetsreform for eldre», Helse- og"
            + " omsorgsdepartementet",
        "https://www.regjeringen.no/no/dokumenter/meld.-st.-15-20172018/id2599850/");
  }

  /** {@return the five focus areas, in the white paper's order} */
  public ImmutableList<FocusArea> focusAreas() {
    return ImmutableList.copyOf(FocusArea.values());
  }

  /**
   * {@return the focus area with the given code}
   *
   * @param code the focus area's stable code
   * @throws UnknownCodeException if no focus area has that code
   */
  public FocusArea focusArea(String code) {
    return FocusArea.fromCode(code);
  }

  /**
   * {@return the focus area with the given code, if there is one}
   *
   * @param code the focus area's stable code
   */
  public Optional<FocusArea> findFocusArea(String code) {
    return Codes.find(EnumsByCode.FOCUS_AREAS, code);
  }

  /** {@return all 25 solutions, by focus area in the white paper's order} */
  public ImmutableList<Solution> solutions() {
    return ImmutableList.copyOf(Solution.values());
  }

  /**
   * {@return the five solutions of a focus area}
   *
   * @param focusArea the focus area whose solutions to list
   */
  public ImmutableList<Solution> solutions(FocusArea focusArea) {
    return focusArea.solutions();
  }

  /**
   * {@return the solution with the given code}
   *
   * @param code the solution's stable code
   * @throws UnknownCodeException if no solution has that code
   */
  public Solution solution(String code) {
    return Solution.fromCode(code);
  }

  /**
   * {@return the solution with the given code, if there is one}
   *
   * @param code the solution's stable code
   */
  public Optional<Solution> findSolution(String code) {
    return Codes.find(EnumsByCode.SOLUTIONS, code);
  }

  /** {@return every collaborating actor, level by level} */
  public ImmutableList<CollaboratingActor> actors() {
    return Actors.MAP.actors().asList();
  }

  /**
   * {@return the collaborating actor with the given code}
   *
   * @param code the collaborating actor's stable code
   * @throws UnknownCodeException if no actor has that code
   */
  public CollaboratingActor actor(String code) {
    return CollaboratingActor.fromCode(code);
  }

  /**
   * {@return the collaborating actor with the given code, if there is one}
   *
   * @param code the collaborating actor's stable code
   */
  public Optional<CollaboratingActor> findActor(String code) {
    return Codes.find(EnumsByCode.ACTORS, code);
  }

  /** {@return the actor map of the course material, with its four views} */
  public ActorMap actorMap() {
    return Actors.MAP;
  }

  /**
   * {@return the actors a view of the actor map highlights}
   *
   * @param view the view of the actor map
   */
  public ImmutableSet<CollaboratingActor> actors(ActorMapView view) {
    return Actors.MAP.actors(view);
  }

  /** {@return the municipality's sectors, as the course material draws them} */
  public ImmutableList<Sector> sectors() {
    return ImmutableList.copyOf(Sector.values());
  }

  /** {@return the three municipal roles, from the guardian to the co-creating municipality} */
  public ImmutableList<MunicipalRole> municipalRoles() {
    return ImmutableList.copyOf(MunicipalRole.values());
  }

  /** {@return the three governance paradigms the municipal roles belong to} */
  public ImmutableList<GovernanceParadigm> governanceParadigms() {
    return ImmutableList.copyOf(GovernanceParadigm.values());
  }

  /** {@return the three kinds of change: scaling down, building up, rebuilding} */
  public ImmutableList<ChangeKind> changeKinds() {
    return ImmutableList.copyOf(ChangeKind.values());
  }

  /** {@return the themes of the reform's guide material, in the guide's order} */
  public ImmutableList<GuideTheme> guideThemes() {
    return ImmutableList.copyOf(GuideTheme.values());
  }

  /** {@return the five anchoring steps Vefsn and its neighbours followed, in order} */
  public ImmutableList<AnchoringStep> anchoringSteps() {
    return ImmutableList.copyOf(AnchoringStep.values());
  }

  /**
   * {@return the sections of the reform's guide (<i>veilederens kapitler</i>), in the order of its
   * table of contents}
   */
  public ImmutableList<GuideSection> guideSections() {
    return ImmutableList.copyOf(GuideSection.values());
  }

  /**
   * {@return the goals of the course (<i>mål og resultat for arbeidet</i>), in the course deck's
   * order}
   */
  public ImmutableList<CourseGoal> courseGoals() {
    return ImmutableList.copyOf(CourseGoal.values());
  }

  /** {@return the elements of the course's method (<i>metode</i>), in the course deck's order} */
  public ImmutableList<SeminarMethod> seminarMethods() {
    return ImmutableList.copyOf(SeminarMethod.values());
  }

  /**
   * {@return the kinds of activity of the course's plan (<i>samling, oppstartseminar, sentervis
   * veiledning, mellomarbeid</i>)}
   */
  public ImmutableList<SeminarActivity> seminarActivities() {
    return ImmutableList.copyOf(SeminarActivity.values());
  }

  /**
   * {@return the roles in the change work (<i>roller i endringsarbeidet</i>) the course material
   * names}
   */
  public ImmutableList<ChangeRole> changeRoles() {
    return ImmutableList.copyOf(ChangeRole.values());
  }

  /**
   * {@return the themes of mobilisation (<i>mobilisering</i>) around the age-friendly society, in
   * the course deck's order}
   */
  public ImmutableList<MobilisationTheme> mobilisationThemes() {
    return ImmutableList.copyOf(MobilisationTheme.values());
  }

  /**
   * {@return the three bridges to the voluntary sector (<i>bygge broer</i>), after NIBR's report
   * 2019:11}
   */
  public ImmutableList<CivilSocietyMeasure> civilSocietyMeasures() {
    return ImmutableList.copyOf(CivilSocietyMeasure.values());
  }

  /**
   * {@return the parts of municipal planning (<i>kommunal planlegging</i>) the web guide links the
   * reform to}
   */
  public ImmutableList<PlanningInstrument> planningInstruments() {
    return ImmutableList.copyOf(PlanningInstrument.values());
  }

  /**
   * {@return the examples (<i>eksempler</i>) of municipalities and regions the course deck shows}
   */
  public ImmutableList<ReformExample> reformExamples() {
    return ImmutableList.copyOf(ReformExample.values());
  }

  /**
   * {@return the leadership perspective shift (<i>perspektivskifte</i>) after Eva Sørensen (2020):
   * the perspective to leave, then the one to take}
   */
  public ImmutableList<LeadershipPerspective> leadershipShift() {
    return ImmutableList.copyOf(LeadershipPerspective.values());
  }

  /**
   * {@return the challenges (<i>utfordringer</i>) the course deck compares between the education
   * sector and the health services}
   */
  public ImmutableList<SectorChallenge> sectorChallenges() {
    return ImmutableList.copyOf(SectorChallenge.values());
  }

  /** {@return the aims of the reform (<i>mål</i>), clause by clause} */
  public ImmutableList<ReformAim> reformAims() {
    return ImmutableList.copyOf(ReformAim.values());
  }

  /** {@return the target group of the reform (<i>målgruppe</i>): all older people over 65} */
  public ImmutableList<TargetGroup> targetGroups() {
    return ImmutableList.copyOf(TargetGroup.values());
  }

  /** {@return the principles (<i>prinsipper</i>) for how a municipality works with the reform} */
  public ImmutableList<ReformPrinciple> reformPrinciples() {
    return ImmutableList.copyOf(ReformPrinciple.values());
  }

  /**
   * {@return the terms (<i>begreper</i>) the course material defines, such as the silver economy}
   */
  public ImmutableList<Term> terms() {
    return ImmutableList.copyOf(Term.values());
  }

  /**
   * {@return the five K's (<i>kvalitet, kultur, kunnskap, kompetanse, kapasitet</i>) the course
   * deck sets beside Meld. St. 6 (2019–2020)}
   */
  public ImmutableList<CoherenceKeyword> coherenceKeywords() {
    return ImmutableList.copyOf(CoherenceKeyword.values());
  }

  /**
   * {@return the demographic indicators (<i>demografiske indikatorer</i>) the course deck uses,
   * such as the family care coefficient}
   */
  public ImmutableList<DemographicIndicator> demographicIndicators() {
    return ImmutableList.copyOf(DemographicIndicator.values());
  }

  /** {@return the demographic trends (<i>utviklingstrekk</i>) the course deck describes} */
  public ImmutableList<DemographicTrend> demographicTrends() {
    return ImmutableList.copyOf(DemographicTrend.values());
  }

  /** {@return the figures (<i>tall</i>) the course deck quotes} */
  public ImmutableList<KeyFigure> keyFigures() {
    return ImmutableList.copyOf(KeyFigure.values());
  }

  /**
   * {@return every seed concept (<i>begrep</i>) of the course deck and the web guide, type by type
   * in the order of the accessors above, each in its type's order}
   */
  public ImmutableList<Concept> concepts() {
    return Concepts.ALL;
  }

  /** {@return every reflection question, in the order the course material asks them} */
  public ImmutableList<ReflectionQuestion> reflectionQuestions() {
    return Questions.ALL;
  }

  /**
   * {@return the reflection questions of a topic, in catalogue order}
   *
   * @param topic the topic whose questions to list
   */
  public ImmutableList<ReflectionQuestion> reflectionQuestions(QuestionTopic topic) {
    return QuestionsByTopic.BY_TOPIC.get(topic);
  }

  /**
   * {@return the reflection question with the given code}
   *
   * @param code the reflection question's stable code
   * @throws UnknownCodeException if the catalogue has no question with that code
   */
  public ReflectionQuestion reflectionQuestion(String code) {
    return Codes.lookup(Questions.BY_CODE, "reflection question", code);
  }

  /**
   * {@return the reflection question with the given code, if the catalogue has one}
   *
   * @param code the reflection question's stable code
   */
  public Optional<ReflectionQuestion> findReflectionQuestion(String code) {
    return Codes.find(Questions.BY_CODE, code);
  }

  /** {@return the milestones of the reform's timeline, by date} */
  public ImmutableList<Milestone> milestones() {
    return Milestones.ALL;
  }

  /**
   * {@return the milestone with the given code}
   *
   * @param code the milestone's stable code
   * @throws UnknownCodeException if the catalogue has no milestone with that code
   */
  public Milestone milestone(String code) {
    return Codes.lookup(Milestones.BY_CODE, "milestone", code);
  }

  /**
   * {@return the milestone with the given code, if the catalogue has one}
   *
   * @param code the milestone's stable code
   */
  public Optional<Milestone> findMilestone(String code) {
    return Codes.find(Milestones.BY_CODE, code);
  }

  /** {@return the sample activity plans: the USHT Viken plan of the course material} */
  public ImmutableList<ActivityPlan> activityPlans() {
    return Plans.ALL;
  }

  /**
   * {@return the activity plan with the given code, for example {@code "usht-viken-2020"}}
   *
   * @param code the activity plan's stable code
   * @throws UnknownCodeException if the catalogue has no plan with that code
   */
  public ActivityPlan activityPlan(String code) {
    return Codes.lookup(Plans.BY_CODE, "activity plan", code);
  }

  /**
   * {@return the activity plan with the given code, if the catalogue has one}
   *
   * @param code the activity plan's stable code
   */
  public Optional<ActivityPlan> findActivityPlan(String code) {
    return Codes.find(Plans.BY_CODE, code);
  }
}
