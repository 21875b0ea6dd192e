package no.levehelelivet.serialization.internal.wire.v2;

import com.google.common.collect.ImmutableMap;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.serialization.internal.DocumentBinder;
import no.levehelelivet.serialization.internal.Fields;
import no.levehelelivet.serialization.internal.JsonOut;
import org.jspecify.annotations.Nullable;

/**
 * The {@code municipality} document, major 2. Members, in this order: {@code name} (a string) and
 * {@code number} (the four-digit <i>kommunenummer</i>, a string such as {@code "1824"}).
 */
final class MunicipalityWire implements DocumentBinder<Municipality> {

  /** The binder. */
  public static final MunicipalityWire INSTANCE = new MunicipalityWire();

  private static final ImmutableMap<String, String> ALIASES =
      ImmutableMap.of("kommunenummer", "number");

  private MunicipalityWire() {}

  @Override
  public void write(JsonOut out, Municipality municipality) {
    out.string("name", municipality.name());
    out.string("number", municipality.number());
  }

  @SuppressWarnings("NullAway") // build() runs the builder only when every required member is bound
  @Override
  public @Nullable Municipality read(Fields fields) {
    String name = fields.string("name");
    String number = fields.string("number");
    return fields.build(ALIASES, () -> Municipality.of(name, number));
  }
}
