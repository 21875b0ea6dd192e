package no.levehelelivet.serialization.internal.wire.v2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.core.internal.Echo;
import no.levehelelivet.process.Role;
import no.levehelelivet.serialization.WireCode;
import no.levehelelivet.serialization.internal.Fields;
import no.levehelelivet.serialization.internal.JsonOut;
import no.levehelelivet.serialization.internal.Node;
import no.levehelelivet.serialization.internal.Pointers;
import org.jspecify.annotations.Nullable;

/**
 * A role (<i>rolle</i>) of a {@code process-definition} document ({@code code} and {@code label}),
 * and the lists of role codes that every other member uses to name the document's own roles.
 */
final class RoleWire {

  private RoleWire() {}

  static void write(JsonOut out, Role role) {
    out.startObject();
    out.string("code", role.code());
    CommonWire.writeText(out, "label", role.label());
    out.endObject();
  }

  @SuppressWarnings("NullAway") // build() runs the builder only when every required member is bound
  static @Nullable Role read(Fields fields) {
    String code = fields.string("code");
    LocalizedText label = CommonWire.readText(fields, "label", true);
    return fields.build(ProcessDefinitionWire.ALIASES, () -> Role.of(code, label));
  }

  static void writeCodes(JsonOut out, String name, Iterable<Role> roles) {
    out.startArray(name);
    roles.forEach(role -> out.string(role.code()));
    out.endArray();
  }

  /** Role codes resolved against the document's own roles; an unlisted code is unknown. */
  static @Nullable List<Role> readCodes(Fields fields, String name, Map<String, Role> roles) {
    List<String> codes = fields.list(name, "a role code", text -> text);
    if (codes == null) {
      return null;
    }
    List<Role> resolved = new ArrayList<>();
    Node array = fields.member(name, false);
    for (int i = 0; i < codes.size(); i++) {
      Role role = roles.get(codes.get(i));
      if (role != null) {
        resolved.add(role);
      } else {
        fields
            .problems()
            .error(
                WireCode.UNKNOWN_CODE,
                Pointers.child(Pointers.child(fields.pointer(), name), i),
                "unknown role code "
                    + Echo.quote(codes.get(i))
                    + "; the definition's roles are: "
                    + Echo.cut(String.join(", ", roles.keySet())),
                array);
      }
    }
    return resolved;
  }
}
