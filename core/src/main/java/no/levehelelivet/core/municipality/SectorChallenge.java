package no.levehelelivet.core.municipality;

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
 * A challenge (<i>utfordring</i>) the course deck finds in both the education sector
 * (<i>oppvekstsektor</i>) and the health services (<i>helsetjenestene</i>), row by row as its
 * comparison sets them side by side.
 */
public enum SectorChallenge implements Concept {
  /** <i>Kvalitetsforskjeller</i>: differences in quality. */
  QUALITY_VARIATION("quality-variation", CONFIRMED, deck("Oppvekstsektor – Helsetjenestene"), null),
  /** <i>Hjelp for sent</i>: help comes too late. */
  HELP_TOO_LATE("help-too-late", CONFIRMED, deck("Oppvekstsektor – Helsetjenestene"), null),
  /** <i>Ufaglærte assistenter</i>: unqualified assistants. */
  UNQUALIFIED_ASSISTANTS(
      "unqualified-assistants", CONFIRMED, deck("Oppvekstsektor – Helsetjenestene"), null),
  /** <i>Høy turnover i kvalifisert personell, kompetanseskyving</i>. */
  STAFF_TURNOVER("staff-turnover", CONFIRMED, deck("Oppvekstsektor – Helsetjenestene"), null),
  /** <i>Sammenheng</i>: continuity that is too weak. */
  FRAGILE_CONTINUITY(
      "fragile-continuity", CONFIRMED, deck("Oppvekstsektor – Helsetjenestene"), null),
  /** <i>Samarbeid</i>: fragmented cooperation and silo thinking. */
  FRAGMENTED_COOPERATION(
      "fragmented-cooperation", CONFIRMED, deck("Oppvekstsektor – Helsetjenestene"), null);

  private static final ImmutableMap<String, SectorChallenge> BY_CODE = Codes.index(values());

  private final String code;
  private final EntryStatus status;

  // Source and Quotation are immutable values (Immutables), though not annotated for Error Prone.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Source source;

  @SuppressWarnings("ImmutableEnumChecker")
  private final @Nullable Quotation quotation;

  SectorChallenge(String code, EntryStatus status, Source source, @Nullable Quotation quotation) {
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
    return Labels.get("sector-challenge." + code, language);
  }

  @Override
  public LocalizedText description() {
    return Labels.text("sector-challenge." + code + ".description");
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
   * {@return how the challenge shows in the education sector, in every language it is written in;
   * empty for a challenge the deck finds in the health services only}
   */
  public Optional<LocalizedText> educationSector() {
    return Labels.has("sector-challenge." + code + ".education", Language.BOKMAL)
        ? Optional.of(Labels.text("sector-challenge." + code + ".education"))
        : Optional.empty();
  }

  /**
   * {@return how the challenge shows in the health services, in every language it is written in}
   */
  public LocalizedText healthServices() {
    return Labels.text("sector-challenge." + code + ".health");
  }

  /**
   * {@return the sector challenge with the given code}
   *
   * @param code the sector challenge's stable code
   * @throws UnknownCodeException if no sector challenge has that code
   */
  public static SectorChallenge fromCode(String code) {
    return Codes.lookup(BY_CODE, "sector challenge", code);
  }
}
