package no.levehelelivet.core;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.function.Function;
import no.levehelelivet.core.actor.ActorLevel;
import no.levehelelivet.core.actor.ActorMapView;
import no.levehelelivet.core.actor.CollaboratingActor;
import no.levehelelivet.core.demography.DemographicIndicator;
import no.levehelelivet.core.demography.DemographicTrend;
import no.levehelelivet.core.demography.FigureUnit;
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
import no.levehelelivet.core.municipality.ChangeKind;
import no.levehelelivet.core.municipality.GovernanceParadigm;
import no.levehelelivet.core.municipality.LeadershipPerspective;
import no.levehelelivet.core.municipality.MunicipalRole;
import no.levehelelivet.core.municipality.Sector;
import no.levehelelivet.core.municipality.SectorChallenge;
import no.levehelelivet.core.plan.SessionFormat;
import no.levehelelivet.core.reflection.QuestionTopic;
import no.levehelelivet.core.reform.CoherenceKeyword;
import no.levehelelivet.core.reform.ReformAim;
import no.levehelelivet.core.reform.ReformPrinciple;
import no.levehelelivet.core.reform.TargetGroup;
import no.levehelelivet.core.reform.Term;
import no.levehelelivet.core.timeline.DatePrecision;

/** Every coded type of the core module, with its items and its lookup, for tests over all. */
final class CatalogueItems {

  /** One coded type: its snapshot name, its items, and its lookup by code. */
  record CodedType(
      String name, List<? extends Coded> items, Function<String, ? extends Coded> lookup) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** One family of error codes: its snapshot name, its prefix, its codes and its lookup. */
  record ErrorCodeFamily(
      String name,
      String prefix,
      List<? extends ErrorCode> codes,
      Function<String, ? extends ErrorCode> lookup) {
    @Override
    public String toString() {
      return name;
    }
  }

  private CatalogueItems() {}

  /** The error-code families of the core module. */
  static ImmutableList<ErrorCodeFamily> errorCodeFamilies() {
    return ImmutableList.of(
        new ErrorCodeFamily(
            "argument-code", "LHL-A-", List.of(ArgumentCode.values()), ArgumentCode::fromCode),
        new ErrorCodeFamily("core-code", "LHL-C-", List.of(CoreCode.values()), CoreCode::fromCode));
  }

  static ImmutableList<CodedType> enumTypes() {
    return ImmutableList.of(
        new CodedType("language", List.of(Language.values()), Language::fromCode),
        new CodedType("entry-status", List.of(EntryStatus.values()), EntryStatus::fromCode),
        new CodedType("focus-area", List.of(FocusArea.values()), FocusArea::fromCode),
        new CodedType("solution", List.of(Solution.values()), Solution::fromCode),
        new CodedType("actor-level", List.of(ActorLevel.values()), ActorLevel::fromCode),
        new CodedType("actor", List.of(CollaboratingActor.values()), CollaboratingActor::fromCode),
        new CodedType("actor-map-view", List.of(ActorMapView.values()), ActorMapView::fromCode),
        new CodedType("sector", List.of(Sector.values()), Sector::fromCode),
        new CodedType(
            "governance-paradigm",
            List.of(GovernanceParadigm.values()),
            GovernanceParadigm::fromCode),
        new CodedType("municipal-role", List.of(MunicipalRole.values()), MunicipalRole::fromCode),
        new CodedType("change-kind", List.of(ChangeKind.values()), ChangeKind::fromCode),
        new CodedType("guide-theme", List.of(GuideTheme.values()), GuideTheme::fromCode),
        new CodedType("anchoring-step", List.of(AnchoringStep.values()), AnchoringStep::fromCode),
        new CodedType("question-topic", List.of(QuestionTopic.values()), QuestionTopic::fromCode),
        new CodedType("session-format", List.of(SessionFormat.values()), SessionFormat::fromCode),
        new CodedType("date-precision", List.of(DatePrecision.values()), DatePrecision::fromCode),
        new CodedType("guide-section", List.of(GuideSection.values()), GuideSection::fromCode),
        new CodedType("course-goal", List.of(CourseGoal.values()), CourseGoal::fromCode),
        new CodedType("seminar-method", List.of(SeminarMethod.values()), SeminarMethod::fromCode),
        new CodedType(
            "seminar-activity", List.of(SeminarActivity.values()), SeminarActivity::fromCode),
        new CodedType("change-role", List.of(ChangeRole.values()), ChangeRole::fromCode),
        new CodedType(
            "mobilisation-theme", List.of(MobilisationTheme.values()), MobilisationTheme::fromCode),
        new CodedType(
            "civil-society-measure",
            List.of(CivilSocietyMeasure.values()),
            CivilSocietyMeasure::fromCode),
        new CodedType(
            "planning-instrument",
            List.of(PlanningInstrument.values()),
            PlanningInstrument::fromCode),
        new CodedType("reform-example", List.of(ReformExample.values()), ReformExample::fromCode),
        new CodedType(
            "leadership-perspective",
            List.of(LeadershipPerspective.values()),
            LeadershipPerspective::fromCode),
        new CodedType(
            "sector-challenge", List.of(SectorChallenge.values()), SectorChallenge::fromCode),
        new CodedType("reform-aim", List.of(ReformAim.values()), ReformAim::fromCode),
        new CodedType("target-group", List.of(TargetGroup.values()), TargetGroup::fromCode),
        new CodedType(
            "reform-principle", List.of(ReformPrinciple.values()), ReformPrinciple::fromCode),
        new CodedType("term", List.of(Term.values()), Term::fromCode),
        new CodedType(
            "coherence-keyword", List.of(CoherenceKeyword.values()), CoherenceKeyword::fromCode),
        new CodedType(
            "demographic-indicator",
            List.of(DemographicIndicator.values()),
            DemographicIndicator::fromCode),
        new CodedType(
            "demographic-trend", List.of(DemographicTrend.values()), DemographicTrend::fromCode),
        new CodedType("key-figure", List.of(KeyFigure.values()), KeyFigure::fromCode),
        new CodedType("figure-unit", List.of(FigureUnit.values()), FigureUnit::fromCode));
  }

  static ImmutableList<CodedType> allTypes() {
    Catalogue catalogue = Catalogue.leveHeleLivet();
    return ImmutableList.<CodedType>builder()
        .addAll(enumTypes())
        .add(
            new CodedType(
                "reflection-question",
                catalogue.reflectionQuestions(),
                catalogue::reflectionQuestion))
        .add(new CodedType("milestone", catalogue.milestones(), catalogue::milestone))
        .add(new CodedType("activity-plan", catalogue.activityPlans(), catalogue::activityPlan))
        .build();
  }

  static ImmutableList<Labelled> labelledItems() {
    ImmutableList.Builder<Labelled> items = ImmutableList.builder();
    for (CodedType type : enumTypes()) {
      for (Coded item : type.items()) {
        if (item instanceof Labelled labelled) {
          items.add(labelled);
        }
      }
    }
    return items.build();
  }
}
