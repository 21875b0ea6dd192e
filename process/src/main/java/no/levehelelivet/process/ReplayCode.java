package no.levehelelivet.process;

import com.google.common.collect.ImmutableMap;
import no.levehelelivet.core.ErrorCode;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.internal.Codes;

/**
 * The error codes of a journal that does not replay on a definition (family {@code LHL-R},
 * <i>avvist gjenoppbygging</i>): why {@link ProcessInstance#replay} returned a {@link
 * ReplayFailure}.
 *
 * <table>
 *   <caption>Error codes of replay</caption>
 *   <tr><th>code</th><th>meaning</th><th>what to do</th></tr>
 *   <tr><td>{@code LHL-R-001}</td><td>the journal is empty or does not begin with a start
 *       entry</td><td>replay the journal the instance was started with, from its first
 *       entry</td></tr>
 *   <tr><td>{@code LHL-R-002}</td><td>the journal was recorded under another definition
 *       digest</td><td>replay on the definition it was recorded under, or pass a
 *       {@link DefinitionMigration}</td></tr>
 *   <tr><td>{@code LHL-R-003}</td><td>the definition rejects an entry</td><td>read the failure's
 *       reasons; the journal was changed or belongs to another definition</td></tr>
 *   <tr><td>{@code LHL-R-004}</td><td>an entry differs from what the definition produces for its
 *       command</td><td>restore the entry from a trusted copy of the journal</td></tr>
 *   <tr><td>{@code LHL-R-005}</td><td>the entries' sequence numbers are not 1, 2, 3,
 *       ...</td><td>restore the missing or reordered entries; {@code Journal.verify()} names the
 *       first</td></tr>
 *   <tr><td>{@code LHL-R-006}</td><td>the start entry lacks an attribute or has a bad
 *       one</td><td>restore the start entry from a trusted copy of the journal</td></tr>
 *   <tr><td>{@code LHL-R-007}</td><td>the migration was written for another definition
 *       digest</td><td>pass a migration from the digest the journal was recorded under</td></tr>
 * </table>
 */
public enum ReplayCode implements ErrorCode {
  /** {@code LHL-R-001}: the journal is empty or does not begin with a start entry. */
  NOT_STARTED(
      "LHL-R-001",
      "the journal is empty or does not begin with a start entry",
      "replay the journal the instance was started with, from its first entry"),
  /** {@code LHL-R-002}: the journal was recorded under another definition; pass a migration. */
  DEFINITION_MISMATCH(
      "LHL-R-002",
      "the journal was recorded under another definition digest",
      "replay on the definition it was recorded under, or pass a DefinitionMigration"),
  /** {@code LHL-R-003}: the definition rejects an entry; see {@link ReplayFailure#reasons()}. */
  ENTRY_REJECTED(
      "LHL-R-003",
      "the definition rejects an entry",
      "read the failure's reasons; the journal was changed or belongs to another definition"),
  /** {@code LHL-R-004}: an entry differs from what the definition produces for its command. */
  ENTRY_MISMATCH(
      "LHL-R-004",
      "an entry differs from what the definition produces for its command",
      "restore the entry from a trusted copy of the journal"),
  /** {@code LHL-R-005}: the sequence numbers are not 1, 2, 3, ... */
  SEQUENCE_BREAK(
      "LHL-R-005",
      "the entries' sequence numbers are not 1, 2, 3, ...",
      "restore the missing or reordered entries; Journal.verify() names the first"),
  /** {@code LHL-R-006}: the start entry lacks an attribute or has a bad one. */
  MALFORMED_START(
      "LHL-R-006",
      "the start entry lacks an attribute or has a bad one",
      "restore the start entry from a trusted copy of the journal"),
  /** {@code LHL-R-007}: the migration was written for another definition digest. */
  MIGRATION_MISMATCH(
      "LHL-R-007",
      "the migration was written for another definition digest",
      "pass a migration from the digest the journal was recorded under"),
  /**
   * {@code LHL-R-008}: an entry is dated before the entry before it (entry 2 before the start
   * included); time in a journal never runs backwards.
   */
  TIME_REVERSED(
      "LHL-R-008",
      "an entry is dated before the entry before it",
      "restore the entries from a trusted copy of the journal"),
  /**
   * {@code LHL-R-009}: the start entry is not a fresh start: it must be active, go from the initial
   * phase to itself and carry no note or evidence, as {@link ProcessInstance#start} writes it.
   */
  NOT_FRESH_START(
      "LHL-R-009",
      "the start entry is not a fresh start (active, in the initial phase, without note or"
          + " evidence)",
      "restore the start entry from a trusted copy of the journal"),
  /**
   * {@code LHL-R-010}: an entry has an attribute its trigger does not define, such as a criterion
   * on a move; every attribute is part of what an entry says, so none may be added.
   */
  UNDEFINED_ATTRIBUTE(
      "LHL-R-010",
      "an entry has an attribute its trigger does not define",
      "restore the entry from a trusted copy of the journal");

  private static final ImmutableMap<String, ReplayCode> BY_CODE = Codes.indexErrorCodes(values());

  private final String code;
  private final String meaning;
  private final String remedy;

  ReplayCode(String code, String meaning, String remedy) {
    this.code = code;
    this.meaning = meaning;
    this.remedy = remedy;
  }

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
   * {@return the replay error code with the given code, such as {@code "LHL-R-002"}}
   *
   * @param code the stable code to look up
   * @throws UnknownCodeException if the family has no such code
   */
  public static ReplayCode fromCode(String code) {
    return Codes.lookup(BY_CODE, "replay error code", code);
  }
}
