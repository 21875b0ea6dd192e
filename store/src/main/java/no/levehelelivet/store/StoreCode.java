package no.levehelelivet.store;

import com.google.common.collect.ImmutableMap;
import no.levehelelivet.core.ErrorCode;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.internal.Codes;

/**
 * What is wrong with a stored process or the store (<i>feil i lageret</i>), family {@code LHL-L}: a
 * process that is not stored, stored rows that were changed behind the store's back, a definition
 * the store does not know, a badly configured store, or a database that failed. Every {@link
 * StoreException} carries one.
 *
 * <table>
 *   <caption>Problems of the store</caption>
 *   <tr><th>code</th><th>meaning</th><th>what to do</th></tr>
 *   <tr><td>{@code LHL-L-001}</td><td>no process with the id is stored</td><td>create the process first, or check the id</td></tr>
 *   <tr><td>{@code LHL-L-002}</td><td>a stored journal entry does not verify: an entry, its digest or their order was changed in the database</td><td>restore the process's rows from a trusted backup; never edit stored entries</td></tr>
 *   <tr><td>{@code LHL-L-003}</td><td>the stored entries do not end at the head digest kept for the process: entries were removed or added, or the head was changed</td><td>restore the process's rows from a trusted backup</td></tr>
 *   <tr><td>{@code LHL-L-004}</td><td>the bytes of a stored journal entry cannot be read</td><td>restore the process's rows from a trusted backup</td></tr>
 *   <tr><td>{@code LHL-L-005}</td><td>the stored journal does not replay on its definition</td><td>restore the process's rows from a trusted backup, or store the definition it was recorded under</td></tr>
 *   <tr><td>{@code LHL-L-006}</td><td>no definition with the id and version is stored</td><td>register the definition with the store before creating or loading its processes</td></tr>
 *   <tr><td>{@code LHL-L-007}</td><td>another definition with the same id and version is already stored</td><td>give a changed definition a new version; a stored definition never changes</td></tr>
 *   <tr><td>{@code LHL-L-008}</td><td>the table prefix is not a lower-case letter followed by at most 19 lower-case letters, digits or underscores</td><td>choose a prefix such as lhl_</td></tr>
 *   <tr><td>{@code LHL-L-009}</td><td>the store's tables are not in the database</td><td>create them with createSchema(), or run the store's DDL with your migration tool</td></tr>
 *   <tr><td>{@code LHL-L-010}</td><td>a stored process is sealed under a chain key the store was not given</td><td>give the store the chain key with the id the process names</td></tr>
 *   <tr><td>{@code LHL-L-011}</td><td>an instance replayed onto another definition cannot be stored</td><td>store the process under the definition its journal was recorded under</td></tr>
 *   <tr><td>{@code LHL-L-012}</td><td>the summary kept for a process differs from what its journal says</td><td>restore the process's rows from a trusted backup; never edit stored rows</td></tr>
 *   <tr><td>{@code LHL-L-900}</td><td>the database failed; nothing of the step was stored</td><td>see the cause; retry once the database is reachable</td></tr>
 * </table>
 */
public enum StoreCode implements ErrorCode {
  /** {@code LHL-L-001}: no process with the id is stored. */
  PROCESS_NOT_FOUND(
      "LHL-L-001", "no process with the id is stored", "create the process first, or check the id"),
  /**
   * {@code LHL-L-002}: a stored journal entry does not verify: an entry, its digest or their order
   * was changed in the database.
   */
  CHAIN_BROKEN(
      "LHL-L-002",
      "a stored journal entry does not verify: an entry, its digest or their order was changed in the database",
      "restore the process's rows from a trusted backup; never edit stored entries"),
  /**
   * {@code LHL-L-003}: the stored entries do not end at the head digest kept for the process:
   * entries were removed or added, or the head was changed.
   */
  HEAD_MISMATCH(
      "LHL-L-003",
      "the stored entries do not end at the head digest kept for the process: entries were removed or added, or the head was changed",
      "restore the process's rows from a trusted backup"),
  /** {@code LHL-L-004}: the bytes of a stored journal entry cannot be read. */
  ENTRY_UNREADABLE(
      "LHL-L-004",
      "the bytes of a stored journal entry cannot be read",
      "restore the process's rows from a trusted backup"),
  /** {@code LHL-L-005}: the stored journal does not replay on its definition. */
  REPLAY_FAILED(
      "LHL-L-005",
      "the stored journal does not replay on its definition",
      "restore the process's rows from a trusted backup, or store the definition it was recorded under"),
  /** {@code LHL-L-006}: no definition with the id and version is stored. */
  DEFINITION_UNKNOWN(
      "LHL-L-006",
      "no definition with the id and version is stored",
      "register the definition with the store before creating or loading its processes"),
  /** {@code LHL-L-007}: another definition with the same id and version is already stored. */
  DEFINITION_CLASH(
      "LHL-L-007",
      "another definition with the same id and version is already stored",
      "give a changed definition a new version; a stored definition never changes"),
  /**
   * {@code LHL-L-008}: the table prefix is not a lower-case letter followed by at most 19
   * lower-case letters, digits or underscores.
   */
  INVALID_TABLE_PREFIX(
      "LHL-L-008",
      "the table prefix is not a lower-case letter followed by at most 19 lower-case letters, digits or underscores",
      "choose a prefix such as lhl_"),
  /** {@code LHL-L-009}: the store's tables are not in the database. */
  SCHEMA_MISSING(
      "LHL-L-009",
      "the store's tables are not in the database",
      "create them with createSchema(), or run the store's DDL with your migration tool"),
  /** {@code LHL-L-010}: a stored process is sealed under a chain key the store was not given. */
  CHAIN_KEY_UNKNOWN(
      "LHL-L-010",
      "a stored process is sealed under a chain key the store was not given",
      "give the store the chain key with the id the process names"),
  /** {@code LHL-L-011}: an instance replayed onto another definition cannot be stored. */
  MIGRATION_NOT_STORED(
      "LHL-L-011",
      "an instance replayed onto another definition cannot be stored",
      "store the process under the definition its journal was recorded under"),
  /** {@code LHL-L-012}: the summary kept for a process differs from what its journal says. */
  SUMMARY_MISMATCH(
      "LHL-L-012",
      "the summary kept for a process differs from what its journal says",
      "restore the process's rows from a trusted backup; never edit stored rows"),
  /** {@code LHL-L-900}: the database failed; nothing of the step was stored. */
  DATABASE_FAILED(
      "LHL-L-900",
      "the database failed; nothing of the step was stored",
      "see the cause; retry once the database is reachable");

  private static final ImmutableMap<String, StoreCode> BY_CODE = Codes.indexErrorCodes(values());

  private final String code;
  private final String meaning;
  private final String remedy;

  StoreCode(String code, String meaning, String remedy) {
    this.code = code;
    this.meaning = meaning;
    this.remedy = remedy;
  }

  /** The stable code, for example {@code LHL-L-002}. */
  @Override
  public String code() {
    return code;
  }

  @Override
  public String meaning() {
    return meaning;
  }

  @Override
  public String remedy() {
    return remedy;
  }

  /**
   * {@return the store error code with the given code, such as {@code "LHL-L-002"}}
   *
   * @param code the stable code to look up
   * @throws UnknownCodeException if the family has no such code
   */
  public static StoreCode fromCode(String code) {
    return Codes.lookup(BY_CODE, "store error code", code);
  }
}
