package no.levehelelivet.core.reform;

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
import no.levehelelivet.core.internal.ConceptSources;
import no.levehelelivet.core.internal.Labels;
import org.jspecify.annotations.Nullable;

/**
 * An aim of the reform (<i>mål</i>): what <i>Leve hele livet</i> is to contribute to, in the words
 * the course deck and Helsedirektoratet share, clause by clause.
 */
public enum ReformAim implements Concept {
  /** <i>Mestre livet lenger</i>: older people manage their lives for longer. */
  MASTER_LIFE_LONGER(
      "master-life-longer",
      CONFIRMED,
      ConceptSources.HDIR_ABOUT,
      quote("eldre kan mestre livet lenger", deck("Meld. St. 15 (2017–2018)"))),
  /** <i>Trygghet for god hjelp</i>: good help when it is needed. */
  SECURE_HELP_WHEN_NEEDED(
      "secure-help-when-needed",
      CONFIRMED,
      ConceptSources.HDIR_ABOUT,
      quote(
          "ha trygghet for at de får god hjelp når de har behov for det",
          deck("Meld. St. 15 (2017–2018)"))),
  /** <i>Pårørende som ikke blir utslitt</i>: next of kin who are not worn out. */
  NEXT_OF_KIN_NOT_WORN_OUT(
      "next-of-kin-not-worn-out",
      CONFIRMED,
      ConceptSources.HDIR_ABOUT,
      quote("pårørende kan bidra uten at de blir utslitt", deck("Meld. St. 15 (2017–2018)"))),
  /** <i>Ansatte som får brukt sin kompetanse</i>: staff who use their competence. */
  STAFF_USE_THEIR_COMPETENCE(
      "staff-use-their-competence",
      CONFIRMED,
      ConceptSources.HDIR_ABOUT,
      quote("ansatte kan bruke sin kompetanse i tjenestene", deck("Meld. St. 15 (2017–2018)")));

  private static final ImmutableMap<String, ReformAim> BY_CODE = Codes.index(values());

  private final String code;
  private final EntryStatus status;

  // Source and Quotation are immutable values (Immutables), though not annotated for Error Prone.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Source source;

  @SuppressWarnings("ImmutableEnumChecker")
  private final @Nullable Quotation quotation;

  ReformAim(String code, EntryStatus status, Source source, @Nullable Quotation quotation) {
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
    return Labels.get("reform-aim." + code, language);
  }

  @Override
  public LocalizedText description() {
    return Labels.text("reform-aim." + code + ".description");
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
   * {@return the reform aim with the given code}
   *
   * @param code the reform aim's stable code
   * @throws UnknownCodeException if no reform aim has that code
   */
  public static ReformAim fromCode(String code) {
    return Codes.lookup(BY_CODE, "reform aim", code);
  }
}
