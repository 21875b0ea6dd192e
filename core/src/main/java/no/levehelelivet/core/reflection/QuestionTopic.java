package no.levehelelivet.core.reflection;

import com.google.common.collect.ImmutableMap;
import no.levehelelivet.core.Labelled;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.internal.Codes;
import no.levehelelivet.core.internal.Labels;

/** The topic (<i>tema</i>) a reflection question belongs to. */
public enum QuestionTopic implements Labelled {
  /** Getting started (<i>gode spørsmål for å komme i gang</i>): first thoughts on the reform. */
  GETTING_STARTED("getting-started"),
  /** Task and reflection on the reform's knowledge base (<i>oppgave og refleksjon</i>). */
  TASK_AND_REFLECTION("task-and-reflection"),
  /** Understanding change and what motivates it (<i>endring og motivasjon</i>). */
  CHANGE_AND_MOTIVATION("change-and-motivation"),
  /** Mobilising the resources of every actor (<i>mobilisering av ressurser</i>). */
  MOBILISATION("mobilisation"),
  /** Anchoring the work in the municipality (<i>forankring</i>). */
  ANCHORING("anchoring"),
  /** Business and the silver economy (<i>næringsliv og sølvøkonomien</i>). */
  BUSINESS_AND_SILVER_ECONOMY("business-and-silver-economy");

  private static final ImmutableMap<String, QuestionTopic> BY_CODE = Codes.index(values());

  private final String code;

  QuestionTopic(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Language language) {
    return Labels.get("question-topic." + code, language);
  }

  /**
   * {@return the topic with the given code}
   *
   * @param code the topic's stable code
   * @throws UnknownCodeException if no topic has that code
   */
  public static QuestionTopic fromCode(String code) {
    return Codes.lookup(BY_CODE, "question topic", code);
  }
}
