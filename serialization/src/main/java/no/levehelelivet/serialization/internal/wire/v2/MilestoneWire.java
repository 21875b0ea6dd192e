package no.levehelelivet.serialization.internal.wire.v2;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import no.levehelelivet.core.EntryStatus;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.core.Source;
import no.levehelelivet.core.timeline.DatePrecision;
import no.levehelelivet.core.timeline.Milestone;
import no.levehelelivet.serialization.internal.DocumentBinder;
import no.levehelelivet.serialization.internal.Fields;
import no.levehelelivet.serialization.internal.JsonOut;
import org.jspecify.annotations.Nullable;

/**
 * The {@code milestone} document, major 2. Members, in this order: {@code code}, {@code title} (a
 * localized text), {@code date} and optional {@code endDate} (ISO dates), {@code precision} (a code
 * of {@link DatePrecision}), {@code source}, {@code status} (a code of {@link EntryStatus}) and
 * optional {@code remark} (a localized text).
 */
final class MilestoneWire implements DocumentBinder<Milestone> {

  /** The binder. */
  public static final MilestoneWire INSTANCE = new MilestoneWire();

  private static final String ISO_DATE = "an ISO date such as \"2026-11-24\"";

  private MilestoneWire() {}

  @Override
  public void write(JsonOut out, Milestone milestone) {
    out.string("code", milestone.code());
    CommonWire.writeText(out, "title", milestone.title());
    out.text("date", milestone.date());
    milestone.endDate().ifPresent(d -> out.text("endDate", d));
    out.code("precision", milestone.precision());
    CommonWire.writeSource(out, "source", milestone.source());
    out.code("status", milestone.status());
    milestone.remark().ifPresent(r -> CommonWire.writeText(out, "remark", r));
  }

  @SuppressWarnings("NullAway") // build() runs the builder only when every required member is bound
  @Override
  public @Nullable Milestone read(Fields fields) {
    String code = fields.string("code");
    LocalizedText title = CommonWire.readText(fields, "title", true);
    LocalDate date = fields.parsed("date", true, ISO_DATE, LocalDate::parse);
    LocalDate endDate = fields.parsed("endDate", false, ISO_DATE, LocalDate::parse);
    DatePrecision precision = fields.code("precision", true, DatePrecision::fromCode);
    Source source = fields.object("source", true, CommonWire::readSource);
    EntryStatus status = fields.code("status", true, EntryStatus::fromCode);
    LocalizedText remark = CommonWire.readText(fields, "remark", false);
    return fields.build(
        ImmutableMap.of(),
        () -> {
          Milestone.Builder builder =
              Milestone.builder()
                  .code(code)
                  .title(title)
                  .date(date)
                  .precision(precision)
                  .source(source)
                  .status(status);
          if (endDate != null) {
            builder.endDate(endDate);
          }
          if (remark != null) {
            builder.remark(remark);
          }
          return builder.build();
        });
  }
}
