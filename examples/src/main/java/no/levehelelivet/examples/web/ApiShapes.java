package no.levehelelivet.examples.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.levehelelivet.core.Language;
import no.levehelelivet.process.DefinitionProblem;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.Reason;
import no.levehelelivet.process.Verdict;
import no.levehelelivet.process.journal.JournalEntry;
import no.levehelelivet.serialization.Problem;
import no.levehelelivet.store.ProcessSummary;

/**
 * The JSON shapes of what the wire format has no document for, as {@code /api/openapi.json}
 * describes them (schemas {@code ProcessSummary}, {@code Verdict}, {@code Reason}, {@code
 * JournalEntry}, {@code DocumentProblem}): ordered maps, written by {@link ApiJson}. Codes stay
 * codes; only messages and labels are in the request's language.
 */
final class ApiShapes {

  private ApiShapes() {}

  static Map<String, Object> summary(ProcessSummary summary) {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("id", summary.id());
    shape.put(
        "municipality",
        Map.of("name", summary.municipality().name(), "number", summary.municipality().number()));
    shape.put(
        "definition", Map.of("id", summary.definitionId(), "version", summary.definitionVersion()));
    shape.put("phase", summary.phase());
    shape.put("status", summary.status().code());
    shape.put("version", summary.version());
    shape.put("headDigest", summary.headDigest().hex());
    summary.nextDeadline().ifPresent(day -> shape.put("nextDeadline", day.toString()));
    shape.put("lastStep", summary.lastStep().toString());
    shape.put("href", ApiRoutes.processHref(summary.id()));
    return shape;
  }

  static Map<String, Object> definition(ProcessDefinition definition, Language language) {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("id", definition.id());
    shape.put("version", definition.version());
    shape.put("name", definition.name().in(language));
    definition.basedOn().ifPresent(base -> shape.put("basedOn", base));
    shape.put("digest", definition.digest().hex());
    shape.put("href", ApiRoutes.definitionHref(definition.id(), definition.version()));
    return shape;
  }

  static Map<String, Object> verdict(Verdict verdict, Language language) {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("trigger", verdict.trigger().code());
    shape.put("label", verdict.trigger().label(language));
    shape.put("allowed", verdict.isAllowed());
    shape.put("options", verdict.options());
    shape.put("reasons", reasons(verdict.reasons(), language));
    return shape;
  }

  static List<Map<String, Object>> reasons(List<Reason> reasons, Language language) {
    List<Map<String, Object>> shapes = new ArrayList<>();
    for (Reason reason : reasons) {
      Map<String, Object> shape = new LinkedHashMap<>();
      shape.put("code", reason.code().code());
      shape.put("trigger", reason.trigger());
      reason.subject().ifPresent(subject -> shape.put("subject", subject));
      shape.put("accepted", reason.accepted());
      shape.put("message", reason.message(language));
      shapes.add(shape);
    }
    return shapes;
  }

  static List<Map<String, Object>> problems(List<Problem> problems, Language language) {
    List<Map<String, Object>> shapes = new ArrayList<>();
    for (Problem problem : problems) {
      Map<String, Object> shape = new LinkedHashMap<>();
      shape.put("code", problem.code().code());
      shape.put("pointer", problem.pointer());
      shape.put("message", problem.message(language));
      problem.line().ifPresent(line -> shape.put("line", line));
      problem.column().ifPresent(column -> shape.put("column", column));
      shapes.add(shape);
    }
    return shapes;
  }

  static List<Map<String, Object>> definitionProblems(
      List<DefinitionProblem> problems, Language language) {
    List<Map<String, Object>> shapes = new ArrayList<>();
    for (DefinitionProblem problem : problems) {
      Map<String, Object> shape = new LinkedHashMap<>();
      shape.put("code", problem.code().code());
      shape.put("pointer", "");
      shape.put("subject", problem.subject());
      shape.put("message", problem.message(language));
      shapes.add(shape);
    }
    return shapes;
  }

  static Map<String, Object> entry(JournalEntry entry) {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("sequence", entry.sequence());
    shape.put("time", entry.time().toString());
    shape.put("actor", entry.actorId());
    shape.put("role", entry.role());
    shape.put("trigger", entry.trigger());
    shape.put("fromPhase", entry.fromPhase());
    shape.put("toPhase", entry.toPhase());
    shape.put("status", entry.status().code());
    entry.criterion().ifPresent(criterion -> shape.put("criterion", criterion));
    entry.question().ifPresent(question -> shape.put("question", question));
    entry.targetPhase().ifPresent(target -> shape.put("target", target));
    entry.note().ifPresent(note -> shape.put("note", note));
    shape.put("evidence", entry.evidence());
    shape.put("redacted", entry.isRedacted());
    return shape;
  }
}
