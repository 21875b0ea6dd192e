package no.levehelelivet.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Multimaps;
import java.util.Comparator;
import no.levehelelivet.core.actor.Actor;
import no.levehelelivet.core.actor.ActorMap;
import no.levehelelivet.core.actor.ActorMapView;
import no.levehelelivet.core.guide.AnchoringStep;
import no.levehelelivet.core.guide.GuideTheme;
import no.levehelelivet.core.internal.ActorMapData;
import no.levehelelivet.core.internal.Codes;
import no.levehelelivet.core.internal.PlanData;
import no.levehelelivet.core.internal.QuestionData;
import no.levehelelivet.core.internal.TimelineData;
import no.levehelelivet.core.municipality.ChangeKind;
import no.levehelelivet.core.municipality.GovernanceParadigm;
import no.levehelelivet.core.municipality.MunicipalRole;
import no.levehelelivet.core.municipality.Sector;
import no.levehelelivet.core.plan.ActivityPlan;
import no.levehelelivet.core.reflection.QuestionTopic;
import no.levehelelivet.core.reflection.ReflectionQuestion;
import no.levehelelivet.core.timeline.Milestone;

/**
 * The catalogue (<i>katalog</i>) of the quality reform <i>Leve hele livet</i>: everything the
 * reform names — focus areas, solutions, actors and the actor map, the municipality's sectors and
 * roles, reflection questions, the timeline and a sample activity plan — with stable codes, labels
 * in bokmål, nynorsk and English, and sources.
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

  private final ActorMap actorMap;
  private final ImmutableList<ReflectionQuestion> questions;
  private final ImmutableMap<String, ReflectionQuestion> questionsByCode;
  private final ImmutableListMultimap<QuestionTopic, ReflectionQuestion> questionsByTopic;
  private final ImmutableList<Milestone> milestones;
  private final ImmutableMap<String, Milestone> milestonesByCode;
  private final ImmutableList<ActivityPlan> activityPlans;
  private final ImmutableMap<String, ActivityPlan> activityPlansByCode;

  private Catalogue() {
    this.actorMap = ActorMapData.actorMap();
    this.questions = QuestionData.questions();
    this.questionsByCode = Codes.index(questions);
    this.questionsByTopic = Multimaps.index(questions, ReflectionQuestion::topic);
    this.milestones =
        ImmutableList.sortedCopyOf(
            Comparator.comparing(Milestone::date).thenComparing(Milestone::lastDate),
            TimelineData.milestones());
    this.milestonesByCode = Codes.index(milestones);
    this.activityPlans = ImmutableList.of(PlanData.ushtViken());
    this.activityPlansByCode = Codes.index(activityPlans);
  }

  /** Returns the catalogue of the reform <i>Leve hele livet</i>. */
  public static Catalogue leveHeleLivet() {
    return LEVE_HELE_LIVET;
  }

  /**
   * The reform's official name in the given language, for example "Leve heile livet" in nynorsk.
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

  /** The white paper that launched the reform: Meld. St. 15 (2017–2018). */
  public Source whitePaper() {
    return Source.of(
        "Meld. St. 15 (2017–2018) Leve hele livet — En kvalitetsreform for eldre, Helse- og"
            + " omsorgsdepartementet",
        "https://www.regjeringen.no/no/dokumenter/meld.-st.-15-20172018/id2599850/");
  }

  /** The five focus areas, in the white paper's order. */
  public ImmutableList<FocusArea> focusAreas() {
    return ImmutableList.copyOf(FocusArea.values());
  }

  /**
   * Returns the focus area with the given code.
   *
   * @throws UnknownCodeException if no focus area has that code
   */
  public FocusArea focusArea(String code) {
    return FocusArea.fromCode(code);
  }

  /** All 25 solutions, by focus area in the white paper's order. */
  public ImmutableList<Solution> solutions() {
    return ImmutableList.copyOf(Solution.values());
  }

  /** The five solutions of a focus area. */
  public ImmutableList<Solution> solutions(FocusArea focusArea) {
    return Solution.of(focusArea);
  }

  /**
   * Returns the solution with the given code.
   *
   * @throws UnknownCodeException if no solution has that code
   */
  public Solution solution(String code) {
    return Solution.fromCode(code);
  }

  /** Every collaborating actor, level by level. */
  public ImmutableList<Actor> actors() {
    return actorMap.actors().asList();
  }

  /**
   * Returns the actor with the given code.
   *
   * @throws UnknownCodeException if no actor has that code
   */
  public Actor actor(String code) {
    return Actor.fromCode(code);
  }

  /** The actor map of the course material, with its four views. */
  public ActorMap actorMap() {
    return actorMap;
  }

  /** The actors a view of the actor map highlights. */
  public ImmutableSet<Actor> actors(ActorMapView view) {
    return actorMap.actors(view);
  }

  /** The municipality's sectors, as the course material draws them. */
  public ImmutableList<Sector> sectors() {
    return ImmutableList.copyOf(Sector.values());
  }

  /** The three municipal roles, from the guardian to the co-creating municipality. */
  public ImmutableList<MunicipalRole> municipalRoles() {
    return ImmutableList.copyOf(MunicipalRole.values());
  }

  /** The three governance paradigms the municipal roles belong to. */
  public ImmutableList<GovernanceParadigm> governanceParadigms() {
    return ImmutableList.copyOf(GovernanceParadigm.values());
  }

  /** The three kinds of change: scaling down, building up, rebuilding. */
  public ImmutableList<ChangeKind> changeKinds() {
    return ImmutableList.copyOf(ChangeKind.values());
  }

  /** The themes of the reform's guide material, in the guide's order. */
  public ImmutableList<GuideTheme> guideThemes() {
    return ImmutableList.copyOf(GuideTheme.values());
  }

  /** The five anchoring steps Vefsn and its neighbours followed, in order. */
  public ImmutableList<AnchoringStep> anchoringSteps() {
    return ImmutableList.copyOf(AnchoringStep.values());
  }

  /** Every reflection question, in the order the course material asks them. */
  public ImmutableList<ReflectionQuestion> reflectionQuestions() {
    return questions;
  }

  /** The reflection questions of a topic, in catalogue order. */
  public ImmutableList<ReflectionQuestion> reflectionQuestions(QuestionTopic topic) {
    return questionsByTopic.get(topic);
  }

  /**
   * Returns the reflection question with the given code.
   *
   * @throws UnknownCodeException if the catalogue has no question with that code
   */
  public ReflectionQuestion reflectionQuestion(String code) {
    return Codes.lookup(questionsByCode, "reflection question", code);
  }

  /** The milestones of the reform's timeline, by date. */
  public ImmutableList<Milestone> milestones() {
    return milestones;
  }

  /**
   * Returns the milestone with the given code.
   *
   * @throws UnknownCodeException if the catalogue has no milestone with that code
   */
  public Milestone milestone(String code) {
    return Codes.lookup(milestonesByCode, "milestone", code);
  }

  /** The sample activity plans: the USHT Viken plan of the course material. */
  public ImmutableList<ActivityPlan> activityPlans() {
    return activityPlans;
  }

  /**
   * Returns the activity plan with the given code, for example {@code "usht-viken-2020"}.
   *
   * @throws UnknownCodeException if the catalogue has no plan with that code
   */
  public ActivityPlan activityPlan(String code) {
    return Codes.lookup(activityPlansByCode, "activity plan", code);
  }
}
