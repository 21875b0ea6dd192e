package no.levehelelivet.core.guide;

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
 * A kind of activity (<i>aktivitet</i>) of the course's plan, as the USHT Viken activity plan of
 * the course deck names them; the plan's formats (digital, phone, physical) are {@link
 * no.levehelelivet.core.plan.SessionFormat}s.
 */
public enum SeminarActivity implements Concept {
  /** <i>Samling</i>: a session for all participants. */
  GATHERING("gathering", CONFIRMED, deck("Aktivitetsplan USHT – Viken"), null),
  /** <i>Oppstartseminar</i>: the opening seminar. */
  START_UP_SEMINAR("start-up-seminar", CONFIRMED, deck("Aktivitetsplan USHT – Viken"), null),
  /** <i>Sentervis veiledning</i>: guidance for each centre. */
  GUIDANCE_PER_CENTRE("guidance-per-centre", CONFIRMED, deck("Aktivitetsplan USHT – Viken"), null),
  /** <i>Mellomarbeid</i>: work between sessions. */
  INTERIM_WORK("interim-work", CONFIRMED, deck("Aktivitetsplan USHT – Viken"), null);

  private static final ImmutableMap<String, SeminarActivity> BY_CODE = Codes.index(values());

  private final String code;
  private final EntryStatus status;

  // Source and Quotation are immutable values (Immutables), though not annotated for Error Prone.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Source source;

  @SuppressWarnings("ImmutableEnumChecker")
  private final @Nullable Quotation quotation;

  SeminarActivity(String code, EntryStatus status, Source source, @Nullable Quotation quotation) {
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
    return Labels.get("seminar-activity." + code, language);
  }

  @Override
  public LocalizedText description() {
    return Labels.text("seminar-activity." + code + ".description");
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
   * {@return the seminar activity with the given code}
   *
   * @param code the seminar activity's stable code
   * @throws UnknownCodeException if no seminar activity has that code
   */
  public static SeminarActivity fromCode(String code) {
    return Codes.lookup(BY_CODE, "seminar activity", code);
  }
}
