package no.levehelelivet.examples.web;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.reflection.ReflectionQuestion;
import no.levehelelivet.examples.web.PageRoutes.Choice;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.Criterion;
import no.levehelelivet.process.CriterionRecord;
import no.levehelelivet.process.DeadlineKind;
import no.levehelelivet.process.Phase;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.Reason;
import no.levehelelivet.process.Transition;
import no.levehelelivet.process.TransitionKind;
import no.levehelelivet.process.Trigger;
import no.levehelelivet.process.Verdict;
import no.levehelelivet.process.diagram.DiagramFormat;
import no.levehelelivet.process.history.Answer;
import no.levehelelivet.process.journal.JournalEntry;
import org.jspecify.annotations.Nullable;

/**
 * What the page of one process shows (<i>prosessida</i>), worked out from the stored instance for
 * the actor in hand: the diagram, the checklist of the current phase, a button per trigger with the
 * engine's reasons against it, the forms, the reflection questions and the journal.
 */
final class ProcessView {

  /** Times are shown as a Norwegian municipality's clock shows them. */
  static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private ProcessView() {}

  /** A coded line: a reason, a problem or a failure, with its message in the page's language. */
  record Line(String code, String message) {

    /**
     * The engine's reason, its code apart from its message, and every code the message quotes that
     * the definition labels (a trigger, a criterion, a phase, a role) shown by its label.
     */
    static Line of(Reason reason, ProcessDefinition definition, Language language) {
      String code = reason.code().code();
      String message = reason.message(language);
      if (message.startsWith(code + ": ")) {
        message = message.substring(code.length() + 2);
      }
      Set<String> quoted = new LinkedHashSet<>();
      quoted.add(reason.trigger());
      reason.subject().ifPresent(quoted::add);
      quoted.addAll(reason.accepted());
      message = DefinitionLabels.labelQuoted(definition, message, quoted, language);
      return new Line(code, message);
    }
  }

  /**
   * A box above the page: what became of the last form sent.
   *
   * @param title what happened, in the page's words
   * @param lines the coded reasons, if any
   */
  record Notice(String title, ImmutableList<Line> lines) {}

  /**
   * What the user typed into the form they sent, kept when the step is not stored so that nothing
   * is lost; {@link #NONE} for a page that was only asked for.
   */
  record Draft(
      String form,
      String trigger,
      String criterion,
      String question,
      String target,
      String note,
      String evidence) {

    static final Draft NONE = new Draft("", "", "", "", "", "", "");

    /** Whether the draft is of the form {@code name} ({@code record} or {@code answer}). */
    boolean is(String name) {
      return form.equals(name);
    }

    /** Whether the draft is of the form that fires {@code code}. */
    boolean fires(String code) {
      return form.equals("fire") && trigger.equals(code);
    }
  }

  /** A criterion of the current phase, met or not, and by whom, when and on what evidence. */
  record CheckItem(
      String code,
      String label,
      boolean met,
      @Nullable String actor,
      @Nullable String role,
      @Nullable String time,
      @Nullable String timeIso,
      ImmutableList<String> evidence,
      @Nullable String note,
      boolean evidenceRequired,
      String recordedBy) {}

  /**
   * A trigger of the current phase: its button, enabled or disabled with the reasons why.
   *
   * @param roles the labels of the roles that may fire it
   * @param targets the phases a revisit may go back to; empty for other triggers
   */
  record TriggerView(
      String code,
      String label,
      boolean allowed,
      ImmutableList<Line> reasons,
      boolean noteRequired,
      boolean revisit,
      ImmutableList<Choice> targets,
      String roles) {}

  /** The form to record a criterion: whether the actor may, why not, and what they may record. */
  record RecordForm(boolean allowed, ImmutableList<Line> reasons, ImmutableList<Choice> criteria) {}

  /** An answer given to a reflection question. */
  record AnswerView(String text, String actor, String role, String time, String timeIso) {}

  /** A reflection question of the current phase with the answers given to it. */
  record QuestionView(String code, String text, ImmutableList<AnswerView> answers) {}

  /** The form to answer a reflection question of the current phase. */
  record AnswerForm(
      boolean allowed, ImmutableList<Line> reasons, ImmutableList<QuestionView> questions) {}

  /** One entry of the journal as the timeline shows it. */
  record JournalView(
      long sequence,
      String time,
      String timeIso,
      String actor,
      String role,
      String action,
      String from,
      String to,
      boolean moved,
      String status,
      @Nullable String subject,
      @Nullable String answer,
      @Nullable String note,
      ImmutableList<String> evidence,
      boolean redacted) {}

  /** The page's model. */
  record Page(
      Frame frame,
      String id,
      String path,
      String municipality,
      String definition,
      String phase,
      String status,
      long version,
      @Nullable String targetDate,
      ImmutableList<String> overdue,
      String diagram,
      @Nullable String actor,
      String whoLink,
      ImmutableList<CheckItem> checklist,
      ImmutableList<TriggerView> triggers,
      RecordForm record,
      AnswerForm answer,
      ImmutableList<JournalView> journal,
      RoutePlan plan,
      @Nullable Notice notice,
      Draft draft) {

    WebTexts texts() {
      return frame.texts();
    }

    boolean hasActor() {
      return actor != null;
    }
  }

  /** The model of the page of {@code instance}, for {@code actor} if someone is acting. */
  static Page of(
      Frame frame,
      ProcessInstance instance,
      @Nullable Actor actor,
      LocalDate today,
      RoutePlan plan,
      @Nullable Notice notice,
      Draft draft) {
    Language language = frame.language();
    ProcessDefinition definition = instance.definition();
    String path = ProcessPages.path(instance.id());
    Map<String, Verdict> verdicts = new LinkedHashMap<>();
    if (actor != null) {
      for (Verdict verdict : instance.verdicts(actor)) {
        verdicts.put(verdict.trigger().code(), verdict);
      }
    }
    Phase current = instance.currentPhase();
    return new Page(
        frame,
        instance.id(),
        path,
        instance.municipality().name() + " (" + instance.municipality().number() + ")",
        definition.name().in(language)
            + " ("
            + definition.id()
            + " "
            + frame.texts().format("process.definition-version", definition.version())
            + ")",
        current.label(language),
        instance.status().label(language),
        instance.version(),
        instance.targetDate(current.code()).map(LocalDate::toString).orElse(null),
        instance.overdue(today).stream()
            .map(
                deadline ->
                    DefinitionLabels.phase(definition, deadline.phase(), language)
                        + (deadline.kind() == DeadlineKind.MILESTONE
                            ? " · "
                                + DefinitionLabels.milestone(
                                    definition, deadline.phase(), deadline.code(), language)
                            : "")
                        + " · "
                        + deadline.due())
            .collect(ImmutableList.toImmutableList()),
        DiagramFormat.MERMAID.render(instance, language),
        actor == null ? null : actor.id(),
        "/who?next=" + ProcessPages.encodeQuery(path),
        checklist(instance, language),
        triggers(instance, verdicts, language),
        record(instance, verdicts.get(Trigger.RECORD_CRITERION.code()), language),
        answer(instance, verdicts.get(Trigger.ANSWER_QUESTION.code()), language),
        journal(instance, language),
        plan,
        notice,
        draft);
  }

  private static ImmutableList<CheckItem> checklist(ProcessInstance instance, Language language) {
    ProcessDefinition definition = instance.definition();
    Phase current = instance.currentPhase();
    ImmutableList.Builder<CheckItem> items = ImmutableList.builder();
    for (Criterion criterion : definition.criteria()) {
      if (!DefinitionLabels.guardsPhase(definition, criterion, current)) {
        continue;
      }
      Optional<CriterionRecord> recorded = instance.recordOf(criterion.code());
      String recordedBy = DefinitionLabels.roles(criterion.recordedBy(), language);
      if (recorded.isPresent()) {
        CriterionRecord record = recorded.get();
        items.add(
            new CheckItem(
                criterion.code(),
                criterion.label(language),
                true,
                record.actorId(),
                DefinitionLabels.role(definition, record.role(), language),
                time(record.time()),
                record.time().toString(),
                record.evidence(),
                record.note().orElse(null),
                criterion.isEvidenceRequired(),
                recordedBy));
      } else {
        items.add(
            new CheckItem(
                criterion.code(),
                criterion.label(language),
                false,
                null,
                null,
                null,
                null,
                ImmutableList.of(),
                null,
                criterion.isEvidenceRequired(),
                recordedBy));
      }
    }
    return items.build();
  }

  private static ImmutableList<TriggerView> triggers(
      ProcessInstance instance, Map<String, Verdict> verdicts, Language language) {
    ProcessDefinition definition = instance.definition();
    Map<String, TriggerView> views = new LinkedHashMap<>();
    for (Transition transition : definition.transitionsFrom(instance.phase())) {
      Trigger trigger = transition.trigger();
      if (views.containsKey(trigger.code())) {
        continue;
      }
      Verdict verdict = verdicts.get(trigger.code());
      boolean revisit = transition.kind() == TransitionKind.REVISIT;
      ImmutableList<String> targets =
          verdict != null ? verdict.options() : revisit ? earlier(instance) : ImmutableList.of();
      views.put(
          trigger.code(),
          new TriggerView(
              trigger.code(),
              trigger.label(language),
              verdict != null && verdict.isAllowed(),
              verdict == null ? ImmutableList.of() : lines(verdict.reasons(), definition, language),
              transition.isNoteRequired(),
              revisit,
              targets.stream()
                  .map(code -> new Choice(code, DefinitionLabels.phase(definition, code, language)))
                  .collect(ImmutableList.toImmutableList()),
              DefinitionLabels.roles(transition.roles(), language)));
    }
    return ImmutableList.copyOf(views.values());
  }

  private static ImmutableList<String> earlier(ProcessInstance instance) {
    ImmutableList.Builder<String> phases = ImmutableList.builder();
    for (Phase phase : instance.definition().phases()) {
      if (phase.code().equals(instance.phase())) {
        break;
      }
      phases.add(phase.code());
    }
    return phases.build();
  }

  private static RecordForm record(
      ProcessInstance instance, @Nullable Verdict verdict, Language language) {
    if (verdict == null) {
      return new RecordForm(false, ImmutableList.of(), ImmutableList.of());
    }
    ProcessDefinition definition = instance.definition();
    return new RecordForm(
        verdict.isAllowed(),
        lines(verdict.reasons(), definition, language),
        verdict.options().stream()
            .map(code -> new Choice(code, DefinitionLabels.criterion(definition, code, language)))
            .collect(ImmutableList.toImmutableList()));
  }

  private static AnswerForm answer(
      ProcessInstance instance, @Nullable Verdict verdict, Language language) {
    ProcessDefinition definition = instance.definition();
    ImmutableList<Answer> answers = instance.history().answers();
    ImmutableList.Builder<QuestionView> questions = ImmutableList.builder();
    for (ReflectionQuestion question : instance.currentPhase().questions()) {
      questions.add(
          new QuestionView(
              question.code(),
              question.text(language),
              answers.stream()
                  .filter(answer -> answer.question().equals(question.code()))
                  .map(
                      answer ->
                          new AnswerView(
                              answer.text(),
                              answer.actorId(),
                              DefinitionLabels.role(definition, answer.role(), language),
                              time(answer.time()),
                              answer.time().toString()))
                  .collect(ImmutableList.toImmutableList())));
    }
    return new AnswerForm(
        verdict != null && verdict.isAllowed(),
        verdict == null ? ImmutableList.of() : lines(verdict.reasons(), definition, language),
        questions.build());
  }

  private static ImmutableList<JournalView> journal(ProcessInstance instance, Language language) {
    ProcessDefinition definition = instance.definition();
    ImmutableList.Builder<JournalView> views = ImmutableList.builder();
    for (JournalEntry entry : Lists.reverse(instance.journal().entries())) {
      Optional<String> question = entry.question();
      String subject =
          entry
              .criterion()
              .map(code -> DefinitionLabels.criterion(definition, code, language))
              .or(() -> question.map(code -> DefinitionLabels.question(definition, code, language)))
              .or(
                  () ->
                      entry
                          .targetPhase()
                          .map(code -> DefinitionLabels.phase(definition, code, language)))
              .orElse(null);
      views.add(
          new JournalView(
              entry.sequence(),
              time(entry.time()),
              entry.time().toString(),
              entry.actorId(),
              DefinitionLabels.role(definition, entry.role(), language),
              DefinitionLabels.trigger(definition, entry.trigger(), language),
              DefinitionLabels.phase(definition, entry.fromPhase(), language),
              DefinitionLabels.phase(definition, entry.toPhase(), language),
              !entry.fromPhase().equals(entry.toPhase()),
              entry.status().label(language),
              subject,
              entry.answer().orElse(null),
              question.isPresent() ? null : entry.note().orElse(null),
              entry.evidence(),
              entry.isRedacted()));
    }
    return views.build();
  }

  static ImmutableList<Line> lines(
      ImmutableList<Reason> reasons, ProcessDefinition definition, Language language) {
    return reasons.stream()
        .map(reason -> Line.of(reason, definition, language))
        .collect(ImmutableList.toImmutableList());
  }

  static String time(Instant instant) {
    return TIME.format(instant.atZone(ZONE));
  }
}
