package no.levehelelivet.core.municipality;

import static no.levehelelivet.core.EntryStatus.CONFIRMED;
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
import no.levehelelivet.core.internal.ConceptSources;
import no.levehelelivet.core.internal.Labels;
import org.jspecify.annotations.Nullable;

/**
 * A perspective of political and administrative leadership (<i>perspektiv</i>): the course deck,
 * after Eva Sørensen (2020), asks the leaders of future municipalities to shift from the first of
 * these to the second (<i>perspektivskifte</i>).
 */
public enum LeadershipPerspective implements Concept {
  /**
   * <i>Et innadvendt, oppgaverettet ressursutnyttelses-perspektiv</i>: the perspective to leave.
   */
  RESOURCE_UTILISATION(
      "resource-utilisation",
      CONFIRMED,
      ConceptSources.deck("Mobilisering")
          .withCitation(ConceptSources.DECK + "Mobilisering», etter Eva Sørensen (2020)"),
      quote(
          "et innadvendt, oppgaverettet ressursutnyttelses-perspektiv",
          ConceptSources.deck("Mobilisering")
              .withCitation(ConceptSources.DECK + "Mobilisering», etter Eva Sørensen (2020)"))),
  /**
   * <i>Et utadvendt, formålsrettet, ressursmobiliserings-perspektiv</i>: the perspective to take.
   */
  RESOURCE_MOBILISATION(
      "resource-mobilisation",
      CONFIRMED,
      ConceptSources.deck("Mobilisering")
          .withCitation(ConceptSources.DECK + "Mobilisering», etter Eva Sørensen (2020)"),
      quote(
          "et utadvendt, formålsrettet, ressursmobiliserings-perspektiv",
          ConceptSources.deck("Mobilisering")
              .withCitation(ConceptSources.DECK + "Mobilisering», etter Eva Sørensen (2020)")));

  private static final ImmutableMap<String, LeadershipPerspective> BY_CODE = Codes.index(values());

  private final String code;
  private final EntryStatus status;

  // Source and Quotation are immutable values (Immutables), though not annotated for Error Prone.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Source source;

  @SuppressWarnings("ImmutableEnumChecker")
  private final @Nullable Quotation quotation;

  LeadershipPerspective(
      String code, EntryStatus status, Source source, @Nullable Quotation quotation) {
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
    return Labels.get("leadership-perspective." + code, language);
  }

  @Override
  public LocalizedText description() {
    return Labels.text("leadership-perspective." + code + ".description");
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

  /** {@return whether this is the perspective the shift leads to, rather than the one it leaves} */
  public boolean isTarget() {
    return this == RESOURCE_MOBILISATION;
  }

  /**
   * {@return the leadership perspective with the given code}
   *
   * @param code the leadership perspective's stable code
   * @throws UnknownCodeException if no leadership perspective has that code
   */
  public static LeadershipPerspective fromCode(String code) {
    return Codes.lookup(BY_CODE, "leadership perspective", code);
  }
}
