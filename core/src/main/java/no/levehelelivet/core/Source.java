package no.levehelelivet.core;

import java.util.Optional;
import no.levehelelivet.core.internal.BuildableValue;
import no.levehelelivet.core.internal.CoreMessages;
import org.immutables.value.Value;

/**
 * Where a catalogue entry comes from (<i>kilde</i>): a citation of the white paper, a public web
 * page or the course material, with an address where there is one.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@BuildableValue
public abstract class Source {

  Source() {}

  /** The citation, for example {@code "Meld. St. 15 (2017–2018), ch. 1 Sammendrag"}. */
  public abstract String citation();

  /** The web address of the source, where it has one. */
  public abstract Optional<String> url();

  /** Returns a source with a citation only. */
  public static Source of(String citation) {
    return builder().citation(citation).build();
  }

  /** Returns a source with a citation and a web address. */
  public static Source of(String citation, String url) {
    return builder().citation(citation).url(url).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    CoreMessages.requireNotBlank("citation", citation());
    // no lambda here: checks run while the catalogue loads, where every lambda's first use costs
    if (url().isPresent()) {
      String u = url().get();
      CoreMessages.require(
          u.startsWith("https://") || u.startsWith("http://"), "url", "an http(s) address", u);
    }
  }

  @Override
  public String toString() {
    return url().map(u -> citation() + " <" + u + ">").orElse(citation());
  }

  /** Builds a {@link Source}. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }
}
