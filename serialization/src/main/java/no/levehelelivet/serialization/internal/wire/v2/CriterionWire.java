package no.levehelelivet.serialization.internal.wire.v2;

import java.util.List;
import java.util.Map;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.process.Criterion;
import no.levehelelivet.process.Role;
import no.levehelelivet.serialization.internal.Fields;
import no.levehelelivet.serialization.internal.JsonOut;
import org.jspecify.annotations.Nullable;

/**
 * A criterion (<i>kriterium</i>) of a {@code process-definition} document: {@code code}, {@code
 * label}, {@code evidenceRequired}, optional {@code recordableEarly} (written only when true, so a
 * definition without it reads and writes as before), {@code recordedBy} (role codes).
 */
final class CriterionWire {

  private CriterionWire() {}

  static void write(JsonOut out, Criterion criterion) {
    out.startObject();
    out.string("code", criterion.code());
    CommonWire.writeText(out, "label", criterion.label());
    out.bool("evidenceRequired", criterion.isEvidenceRequired());
    if (criterion.isRecordableEarly()) {
      out.bool("recordableEarly", true);
    }
    RoleWire.writeCodes(out, "recordedBy", criterion.recordedBy());
    out.endObject();
  }

  @SuppressWarnings("NullAway") // build() runs the builder only when every required member is bound
  static @Nullable Criterion read(Fields fields, Map<String, Role> roles) {
    String code = fields.string("code");
    LocalizedText label = CommonWire.readText(fields, "label", true);
    Boolean evidence = fields.bool("evidenceRequired");
    Boolean early = fields.optionalBool("recordableEarly");
    List<Role> recordedBy = RoleWire.readCodes(fields, "recordedBy", roles);
    return fields.build(
        ProcessDefinitionWire.ALIASES,
        () ->
            Criterion.builder()
                .code(code)
                .label(label)
                .evidenceRequired(evidence)
                .recordableEarly(Boolean.TRUE.equals(early))
                .addAllRecordedBy(recordedBy)
                .build());
  }
}
