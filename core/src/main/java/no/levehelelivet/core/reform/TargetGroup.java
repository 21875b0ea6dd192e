package no.levehelelivet.core.reform;

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

/** The target group (<i>målgruppe</i>) of the reform: the people it is for. */
public enum TargetGroup implements Concept {
  /** <i>Alle eldre over 65 år</i>, at home and in institutions. */
  EVERYONE_OVER_65(
      "everyone-over-65",
      CONFIRMED,
      ConceptSources.HDIR_PURPOSE,
      quote(
          "Målgruppen for reformen er alle eldre over 65 år, både de som bor hjemme og de som bor på institusjon.",
          ConceptSources.HDIR_PURPOSE),
      65);

  private static final ImmutableMap<String, TargetGroup> BY_CODE = Codes.index(values());

  private final String code;
  private final EntryStatus status;

  // Source and Quotation are immutable values (Immutables), though not annotated for Error Prone.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Source source;

  @SuppressWarnings("ImmutableEnumChecker")
  private final @Nullable Quotation quotation;

  private final int ageOver;

  TargetGroup(
      String code, EntryStatus status, Source source, @Nullable Quotation quotation, int ageOver) {
    this.code = code;
    this.status = status;
    this.source = source;
    this.quotation = quotation;
    this.ageOver = ageOver;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Language language) {
    return Labels.get("target-group." + code, language);
  }

  @Override
  public LocalizedText description() {
    return Labels.text("target-group." + code + ".description");
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

  /** {@return the age the members of the group are over, as the source puts it: 65} */
  public int ageOver() {
    return ageOver;
  }

  /**
   * {@return the target group with the given code}
   *
   * @param code the target group's stable code
   * @throws UnknownCodeException if no target group has that code
   */
  public static TargetGroup fromCode(String code) {
    return Codes.lookup(BY_CODE, "target group", code);
  }
}
