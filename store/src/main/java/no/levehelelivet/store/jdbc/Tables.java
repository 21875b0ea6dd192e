package no.levehelelivet.store.jdbc;

import java.util.regex.Pattern;
import no.levehelelivet.store.StoreCode;
import no.levehelelivet.store.StoreException;

/**
 * The names of the store's four tables (<i>tabellnavn</i>), each a prefix and a fixed name: the
 * definitions, the process summaries, the journal entries and the outbox.
 *
 * <p>Immutable and thread-safe.
 */
public final class Tables {

  /** The prefix of the DDL in the jar. */
  public static final String DEFAULT_PREFIX = "lhl_";

  private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,19}");

  private final String prefix;

  private Tables(String prefix) {
    this.prefix = prefix;
  }

  /**
   * {@return the tables with {@code prefix}: a lower-case ASCII letter followed by at most 19
   * lower-case ASCII letters, digits or underscores, so that every name is a plain SQL identifier
   * that needs no quoting}
   *
   * @param prefix the prefix of every table name
   * @throws StoreException ({@code LHL-L-008}) if the prefix breaks that rule
   */
  public static Tables withPrefix(String prefix) {
    if (!PREFIX.matcher(prefix).matches()) {
      String shown = prefix.length() > 40 ? prefix.substring(0, 40) + "…" : prefix;
      throw StoreException.of(
          StoreCode.INVALID_TABLE_PREFIX, null, 0, "the prefix was \"" + shown + "\"", null);
    }
    return new Tables(prefix);
  }

  /** {@return the prefix} */
  public String prefix() {
    return prefix;
  }

  /** {@return the definitions: one row per definition id and version} */
  public String definition() {
    return prefix + "definition";
  }

  /** {@return the summaries: one row per process} */
  public String process() {
    return prefix + "process";
  }

  /** {@return the journal entries: one row per entry} */
  public String entry() {
    return prefix + "entry";
  }

  /** {@return the outbox: one row per effect} */
  public String outbox() {
    return prefix + "outbox";
  }

  /** {@code sql} with the default prefix of every table name replaced by this one's. */
  String rename(String sql) {
    return prefix.equals(DEFAULT_PREFIX) ? sql : sql.replace(DEFAULT_PREFIX, prefix);
  }

  @Override
  public String toString() {
    return "Tables[" + prefix + "]";
  }
}
