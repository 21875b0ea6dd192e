package no.levehelelivet.core.guide;

import static no.levehelelivet.core.EntryStatus.CONFIRMED;
import static no.levehelelivet.core.internal.ConceptSources.deck;
import static no.levehelelivet.core.internal.ConceptSources.quote;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import no.levehelelivet.core.Concept;
import no.levehelelivet.core.EntryStatus;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.core.Quotation;
import no.levehelelivet.core.Source;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.internal.Codes;
import no.levehelelivet.core.internal.Labels;
import org.jspecify.annotations.Nullable;

/**
 * A goal of the course (<i>mål og resultat for arbeidet</i>): what the course deck's development
 * and competence programme sets out to achieve with the municipalities, in the deck's order. (The
 * deck's fourth bullet, «Hva er hensiktsmessig for dere?», is a reflection question of the
 * catalogue.)
 */
public enum CourseGoal implements Concept {
  /** <i>Utvikle en felles forståelse for kunnskapsgrunnlaget</i>. */
  SHARED_UNDERSTANDING_OF_THE_KNOWLEDGE_BASE(
      "shared-understanding-of-the-knowledge-base",
      CONFIRMED,
      deck("Mål og resultat for arbeidet"),
      quote(
          "Utvikle en felles forståelse for kunnskapsgrunnlaget bak Leve hele livet",
          deck("Mål og resultat for arbeidet"))),
  /** <i>Hvordan bruke veilederen</i>: using the guide. */
  USING_THE_GUIDE(
      "using-the-guide",
      CONFIRMED,
      deck("Mål og resultat for arbeidet"),
      quote(
          "Hvordan bruke veilederen i spredning og implementeringsarbeidet",
          deck("Mål og resultat for arbeidet"))),
  /** <i>Lære om og trene på å ta i bruk nyttige metoder og verktøy</i>. */
  PRACTISING_METHODS_AND_TOOLS(
      "practising-methods-and-tools",
      CONFIRMED,
      deck("Mål og resultat for arbeidet"),
      quote(
          "Lære om og trene på å ta i bruk nyttige metoder og verktøy",
          deck("Mål og resultat for arbeidet")));

  private static final ImmutableMap<String, CourseGoal> BY_CODE = Codes.index(values());

  private final String code;
  private final EntryStatus status;

  // Source and Quotation are immutable values (Immutables), though not annotated for Error Prone.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Source source;

  @SuppressWarnings("ImmutableEnumChecker")
  private final @Nullable Quotation quotation;

  CourseGoal(String code, EntryStatus status, Source source, @Nullable Quotation quotation) {
    this.code = code;
    this.status = status;
    this.source = source;
    this.quotation = quotation;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Language language) {
    return Labels.get("course-goal." + code, language);
  }

  @Override
  public LocalizedText description() {
    return Labels.text("course-goal." + code + ".description");
  }

  @Override
  public Optional<Quotation> quotation() {
    return Optional.ofNullable(quotation);
  }

  @Override
  public Source source() {
    return source;
  }

  @Override
  public EntryStatus status() {
    return status;
  }

  /**
   * {@return the course goal with the given code}
   *
   * @param code the course goal's stable code
   * @throws UnknownCodeException if no course goal has that code
   */
  public static CourseGoal fromCode(String code) {
    return Codes.lookup(BY_CODE, "course goal", code);
  }
}
