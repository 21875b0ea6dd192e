package no.levehelelivet.core.reform;

import static no.levehelelivet.core.EntryStatus.CONFIRMED;
import static no.levehelelivet.core.internal.ConceptSources.deck;

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
 * One of the five K's (<i>kvalitet, kultur, kunnskap, kompetanse, kapasitet</i>) the course deck
 * sets beside Meld. St. 6 (2019–2020) <i>Tett på</i> on its slide on coherence (<i>sammenheng</i>),
 * in the deck's order.
 */
public enum CoherenceKeyword implements Concept {
  /** <i>Kvalitet</i>: quality. */
  QUALITY("quality", CONFIRMED, deck("Sammenheng"), null),
  /** <i>Kultur</i>: culture. */
  CULTURE("culture", CONFIRMED, deck("Sammenheng"), null),
  /** <i>Kunnskap</i>: knowledge. */
  KNOWLEDGE("knowledge", CONFIRMED, deck("Sammenheng"), null),
  /** <i>Kompetanse</i>: competence. */
  COMPETENCE("competence", CONFIRMED, deck("Sammenheng"), null),
  /** <i>Kapasitet</i>: capacity. */
  CAPACITY("capacity", CONFIRMED, deck("Sammenheng"), null);

  private static final ImmutableMap<String, CoherenceKeyword> BY_CODE = Codes.index(values());

  private final String code;
  private final EntryStatus status;

  // Source and Quotation are immutable values (Immutables), though not annotated for Error Prone.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Source source;

  @SuppressWarnings("ImmutableEnumChecker")
  private final @Nullable Quotation quotation;

  CoherenceKeyword(String code, EntryStatus status, Source source, @Nullable Quotation quotation) {
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
    return Labels.get("coherence-keyword." + code, language);
  }

  @Override
  public LocalizedText description() {
    return Labels.text("coherence-keyword." + code + ".description");
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
   * {@return the coherence keyword with the given code}
   *
   * @param code the coherence keyword's stable code
   * @throws UnknownCodeException if no coherence keyword has that code
   */
  public static CoherenceKeyword fromCode(String code) {
    return Codes.lookup(BY_CODE, "coherence keyword", code);
  }
}
