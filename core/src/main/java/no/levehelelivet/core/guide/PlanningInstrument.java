package no.levehelelivet.core.guide;

import static no.levehelelivet.core.EntryStatus.CONFIRMED;
import static no.levehelelivet.core.internal.ConceptSources.guide;
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
 * A part of the municipality's planning (<i>kommunal planlegging</i>) that the web guide links the
 * reform to; the standard process records each link as a criterion of its phase «integrate into the
 * municipal plans».
 */
public enum PlanningInstrument implements Concept {
  /** <i>Kommuneplanens samfunnsdel</i>. */
  COMMUNITY_PART_OF_MASTER_PLAN(
      "community-part-of-master-plan",
      CONFIRMED,
      guide("Kommunal planlegging"),
      quote(
          "Stortingsmelding Leve hele livet bør kobles mot kommuneplanens samfunnsdel og økonomi- og handlingsplan.",
          guide("Kommunal planlegging"))),
  /** <i>Økonomi- og handlingsplan</i>. */
  ECONOMY_AND_ACTION_PLAN(
      "economy-and-action-plan", CONFIRMED, guide("Kommunal planlegging"), null),
  /** <i>Målrapportering</i>: reporting on goals. */
  GOAL_REPORTING(
      "goal-reporting",
      CONFIRMED,
      guide("Kommunal planlegging"),
      quote("Tilhørende målrapportering må tydeliggjøres.", guide("Kommunal planlegging")));

  private static final ImmutableMap<String, PlanningInstrument> BY_CODE = Codes.index(values());

  private final String code;
  private final EntryStatus status;

  // Source and Quotation are immutable values (Immutables), though not annotated for Error Prone.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Source source;

  @SuppressWarnings("ImmutableEnumChecker")
  private final @Nullable Quotation quotation;

  PlanningInstrument(
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
    return Labels.get("planning-instrument." + code, language);
  }

  @Override
  public LocalizedText description() {
    return Labels.text("planning-instrument." + code + ".description");
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
   * {@return the planning instrument with the given code}
   *
   * @param code the planning instrument's stable code
   * @throws UnknownCodeException if no planning instrument has that code
   */
  public static PlanningInstrument fromCode(String code) {
    return Codes.lookup(BY_CODE, "planning instrument", code);
  }
}
