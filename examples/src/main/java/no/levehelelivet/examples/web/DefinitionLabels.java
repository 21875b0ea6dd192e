package no.levehelelivet.examples.web;

import java.util.Collection;
import java.util.stream.Collectors;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.reflection.ReflectionQuestion;
import no.levehelelivet.process.Criterion;
import no.levehelelivet.process.Phase;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.Role;
import no.levehelelivet.process.Trigger;

/**
 * The labels (<i>namna</i>) a page shows for the codes of a process definition: its phases,
 * triggers, criteria, roles and reflection questions in the page's language. A code the definition
 * does not know is shown as it is, so a page never hides what a journal says.
 */
final class DefinitionLabels {

  private DefinitionLabels() {}

  static String phase(ProcessDefinition definition, String code, Language language) {
    return definition.findPhase(code).map(phase -> phase.label(language)).orElse(code);
  }

  static String criterion(ProcessDefinition definition, String code, Language language) {
    return definition.findCriterion(code).map(criterion -> criterion.label(language)).orElse(code);
  }

  static String role(ProcessDefinition definition, String code, Language language) {
    return definition
        .findRole(code)
        .map(role -> role.label(language))
        .orElseGet(() -> standardRole(code, language));
  }

  static String trigger(ProcessDefinition definition, String code, Language language) {
    for (Trigger trigger : definition.triggers()) {
      if (trigger.code().equals(code)) {
        return trigger.label(language);
      }
    }
    for (Trigger trigger : Trigger.reserved()) {
      if (trigger.code().equals(code)) {
        return trigger.label(language);
      }
    }
    return code;
  }

  static String question(ProcessDefinition definition, String code, Language language) {
    for (ReflectionQuestion question : definition.questions()) {
      if (question.code().equals(code)) {
        return question.text(language);
      }
    }
    return code;
  }

  /**
   * The label of any code of the definition: a trigger's, a criterion's, a phase's or a role's,
   * looked for in that order; the code itself if none has it.
   */
  static String any(ProcessDefinition definition, String code, Language language) {
    String label = trigger(definition, code, language);
    if (label.equals(code)) {
      label = criterion(definition, code, language);
    }
    if (label.equals(code)) {
      label = phase(definition, code, language);
    }
    if (label.equals(code)) {
      label = role(definition, code, language);
    }
    return label;
  }

  /**
   * {@code message} with every one of {@code codes} it quotes ({@code "code"}) that the definition
   * labels shown by its label instead, as the library's messages quote codes and a page shows
   * labels.
   */
  static String labelQuoted(
      ProcessDefinition definition, String message, Iterable<String> codes, Language language) {
    String labelled = message;
    for (String code : codes) {
      String label = any(definition, code, language);
      if (!label.equals(code)) {
        labelled = labelled.replace("\"" + code + "\"", "\"" + label + "\"");
      }
    }
    return labelled;
  }

  /** The title of the milestone with {@code code} in {@code phase}, else the code. */
  static String milestone(
      ProcessDefinition definition, String phase, String code, Language language) {
    return definition
        .findPhase(phase)
        .flatMap(
            found -> found.milestones().stream().filter(m -> m.code().equals(code)).findFirst())
        .map(milestone -> milestone.title(language))
        .orElse(code);
  }

  /** The labels of {@code roles}, in their order, joined by commas. */
  static String roles(Collection<? extends Role> roles, Language language) {
    return roles.stream().map(role -> role.label(language)).collect(Collectors.joining(", "));
  }

  /** Whether {@code criterion} guards a transition out of {@code phase}. */
  static boolean guardsPhase(ProcessDefinition definition, Criterion criterion, Phase phase) {
    return definition.transitionsFrom(phase.code()).stream()
        .anyMatch(transition -> transition.criteria().contains(criterion.code()));
  }

  private static String standardRole(String code, Language language) {
    for (Role role : Role.standardRoles()) {
      if (role.code().equals(code)) {
        return role.label(language);
      }
    }
    return code;
  }
}
