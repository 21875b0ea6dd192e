package no.levehelelivet.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Multimaps;
import java.util.Comparator;
import no.levehelelivet.core.internal.Codes;
import no.levehelelivet.core.internal.QuestionData;
import no.levehelelivet.core.internal.TimelineData;
import no.levehelelivet.core.reflection.QuestionTopic;
import no.levehelelivet.core.reflection.ReflectionQuestion;
import no.levehelelivet.core.timeline.Milestone;

/**
 * The catalogue (<i>katalog</i>) of the quality reform <i>Leve hele livet</i>: everything the
 * reform names, with stable codes, labels and sources.
 *
 * <p>Immutable and thread-safe; {@link #leveHeleLivet()} always returns the same instance.
 */
public final class Catalogue {

  private static final Catalogue LEVE_HELE_LIVET = new Catalogue();

  private final ImmutableList<ReflectionQuestion> questions;
  private final ImmutableMap<String, ReflectionQuestion> questionsByCode;
  private final ImmutableListMultimap<QuestionTopic, ReflectionQuestion> questionsByTopic;
  private final ImmutableList<Milestone> milestones;
  private final ImmutableMap<String, Milestone> milestonesByCode;

  private Catalogue() {
    this.questions = QuestionData.questions();
    this.questionsByCode = Codes.index(questions);
    this.questionsByTopic = Multimaps.index(questions, ReflectionQuestion::topic);
    this.milestones =
        ImmutableList.sortedCopyOf(
            Comparator.comparing(Milestone::date).thenComparing(Milestone::lastDate),
            TimelineData.milestones());
    this.milestonesByCode = Codes.index(milestones);
  }

  /** Returns the catalogue of the reform <i>Leve hele livet</i>. */
  public static Catalogue leveHeleLivet() {
    return LEVE_HELE_LIVET;
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

  /** The milestones of the reform's timeline, in date order. */
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
}
