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
 * A role in the change work (<i>rolle i endringsarbeidet</i>) that the course deck and the web
 * guide name; the roles that may fire a process's triggers are the process module's.
 */
public enum ChangeRole implements Concept {
  /** <i>Pådriver</i>: the one who drives the process. */
  DRIVER(
      "driver",
      CONFIRMED,
      deck("Fokus på: Pådriverrollen"),
      quote("Pådriverrollen gjennom trygghet, trening og fokus", deck("Fokus på: Pådriverrollen"))),
  /** <i>Initiativtaker</i>: the one who starts the work. */
  INITIATOR(
      "initiator",
      CONFIRMED,
      deck("Vefsn og naboene"),
      quote("Pådriver/ initiativtaker Regionalt kompetansekontor Vefsn", deck("Vefsn og naboene"))),
  /** <i>Ressursperson</i>: a person trained to use the dialogue tools. */
  RESOURCE_PERSON("resource-person", CONFIRMED, deck("Vefsn og naboene"), null),
  /** <i>Strategisk ledelse</i>: the strategic leadership. */
  STRATEGIC_LEADERSHIP("strategic-leadership", CONFIRMED, deck("Vefsn og naboene"), null),
  /** <i>Prosessledelse</i>: leading the process. */
  PROCESS_LEADERSHIP("process-leadership", CONFIRMED, deck("Aktivitetsplan USHT – Viken"), null),
  /** <i>Tjenesteyter</i>: the one who provides the services. */
  SERVICE_PROVIDER(
      "service-provider",
      CONFIRMED,
      deck("Stortingsmelding 15"),
      quote(
          "Tjenesteytere skal kunne mobilisere sin kompetanse i tjenesteutøvelse for å sørge for helhet og sammenheng i tjenesten.",
          deck("Stortingsmelding 15"))),
  /** <i>Pårørende</i>: next of kin. */
  NEXT_OF_KIN(
      "next-of-kin",
      CONFIRMED,
      deck("Stortingsmelding 15"),
      quote("en mer profesjonalisert pårørenderolle", deck("Stortingsmelding 15")));

  private static final ImmutableMap<String, ChangeRole> BY_CODE = Codes.index(values());

  private final String code;
  private final EntryStatus status;

  // Source and Quotation are immutable values (Immutables), though not annotated for Error Prone.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Source source;

  @SuppressWarnings("ImmutableEnumChecker")
  private final @Nullable Quotation quotation;

  ChangeRole(String code, EntryStatus status, Source source, @Nullable Quotation quotation) {
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
    return Labels.get("change-role." + code, language);
  }

  @Override
  public LocalizedText description() {
    return Labels.text("change-role." + code + ".description");
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
   * {@return the change role with the given code}
   *
   * @param code the change role's stable code
   * @throws UnknownCodeException if no change role has that code
   */
  public static ChangeRole fromCode(String code) {
    return Codes.lookup(BY_CODE, "change role", code);
  }
}
