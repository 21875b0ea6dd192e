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

  /** {@return the citation, for example {@code "Meld. St. 15 (2017–2018), ch. 1 Sammendrag"}} */
  public abstract String citation();

  /** {@return the web address of the source, where it has one} */
  public abstract Optional<String> url();

  /**
   * {@return a source with a citation only}
   *
   * @param citation the citation; not blank
   */
  public static Source of(String citation) {
    return builder().citation(citation).build();
  }

  /**
   * {@return a source with a citation and a web address}
   *
   * @param citation the citation; not blank
   * @param url the web address; an http or https address
   */
  public static Source of(String citation, String url) {
    return builder().citation(citation).url(url).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return ImmutableSource.builder();
  }

  /**
   * {@return a copy with the given citation}
   *
   * @param citation the copy's citation; not blank
   * @throws InvalidValueException if the copy breaks a rule of the source
   */
  public abstract Source withCitation(String citation);

  /**
   * {@return a copy with the given web address}
   *
   * @param url the copy's web address; an http or https address
   * @throws InvalidValueException if the copy breaks a rule of the source
   */
  public abstract Source withUrl(String url);

  /**
   * {@return a copy with the given web address, or none if empty}
   *
   * @param url the copy's web address; an http or https address, or empty for none
   * @throws InvalidValueException if the copy breaks a rule of the source
   */
  public abstract Source withUrl(Optional<String> url);

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

  /** Builds a {@link Source} field by field; not thread-safe. */
  public interface Builder {

    /**
     * Sets every field from {@code instance}.
     *
     * @param instance the source to copy every field from
     * @return this builder
     */
    Builder from(Source instance);

    /**
     * Sets the citation.
     *
     * @param citation the citation; not blank
     * @return this builder
     */
    Builder citation(String citation);

    /**
     * Sets the web address.
     *
     * @param url the web address; an http or https address
     * @return this builder
     */
    Builder url(String url);

    /**
     * Sets the web address, or none if empty.
     *
     * @param url the web address; an http or https address, or empty for none
     * @return this builder
     */
    Builder url(Optional<String> url);

    /**
     * Builds the source.
     *
     * @return the source
     * @throws InvalidValueException if the citation is blank or the address is not http(s)
     * @throws IllegalArgumentException if a required field is not set
     */
    Source build();
  }
}
