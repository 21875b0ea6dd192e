package no.levehelelivet.process.journal;

import com.google.common.collect.ImmutableMap;
import no.levehelelivet.core.ErrorCode;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.internal.Codes;

/**
 * What is wrong with a journal (<i>feil i loggen</i>), family {@code LHL-J}: a broken chain of
 * entries that {@link Journal#verify()} reports as a {@link JournalProblem}, stored bytes that
 * cannot be read ({@link MalformedJournalException}), or an entry appended out of sequence.
 *
 * <table>
 *   <caption>Problems of a journal</caption>
 *   <tr><th>code</th><th>meaning</th><th>what to do</th></tr>
 *   <tr><td>{@code LHL-J-001}</td><td>the sequence numbers break: an entry was removed, inserted or reordered</td><td>restore the journal from a trusted copy; never edit stored entries</td></tr>
 *   <tr><td>{@code LHL-J-002}</td><td>an entry's digest differs from the one recorded: the entry or one before it was changed</td><td>restore the journal from a trusted copy; never edit stored entries</td></tr>
 *   <tr><td>{@code LHL-J-003}</td><td>the head digest differs from the one stored: the journal was truncated or rewritten</td><td>restore the missing entries from a trusted copy</td></tr>
 *   <tr><td>{@code LHL-J-004}</td><td>the bytes of a stored journal are malformed</td><td>read the bytes the journal codec wrote, whole and unchanged</td></tr>
 *   <tr><td>{@code LHL-J-005}</td><td>an entry appended to a journal does not carry the next sequence number</td><td>append the entry numbered one past the journal's size</td></tr>
 *   <tr><td>{@code LHL-J-006}</td><td>an entry is sealed under a chain key the journal was not given</td><td>give the journal the chain key with the id the entry names</td></tr>
 *   <tr><td>{@code LHL-J-007}</td><td>an entry is sealed under another chain key than the one given</td><td>verify with the key the entry names, or restore the journal from a trusted copy</td></tr>
 *   <tr><td>{@code LHL-J-008}</td><td>an entry is not sealed with the chain key though it must be: the chain may have been computed again without the key</td><td>restore the journal from a trusted copy; seal every entry after the first sealed one</td></tr>
 *   <tr><td>{@code LHL-J-009}</td><td>an entry to redact was recorded without salted texts, so erasing its texts would break the chain</td><td>redact only entries recorded by a journal that salts its texts; give the journal a salt source before the texts are recorded</td></tr>
 *   <tr><td>{@code LHL-J-010}</td><td>an actor whose role may not redact asked to redact entries</td><td>let the process lead redact the entries</td></tr>
 * </table>
 *
 * <p>{@code LHL-J-005} replaces the retired {@code LHL-P-901}.
 */
public enum JournalCode implements ErrorCode {
  /** {@code LHL-J-001}: the sequence numbers break: an entry was removed, inserted or reordered. */
  SEQUENCE_BREAK(
      "LHL-J-001",
      "the sequence numbers break: an entry was removed, inserted or reordered",
      "restore the journal from a trusted copy; never edit stored entries"),
  /**
   * {@code LHL-J-002}: an entry's digest differs from the one recorded: the entry or one before it
   * was changed.
   */
  DIGEST_MISMATCH(
      "LHL-J-002",
      "an entry's digest differs from the one recorded: the entry or one before it was changed",
      "restore the journal from a trusted copy; never edit stored entries"),
  /**
   * {@code LHL-J-003}: the head digest differs from the one stored: the journal was truncated or
   * rewritten.
   */
  HEAD_MISMATCH(
      "LHL-J-003",
      "the head digest differs from the one stored: the journal was truncated or rewritten",
      "restore the missing entries from a trusted copy"),
  /** {@code LHL-J-004}: the bytes of a stored journal are malformed. */
  MALFORMED(
      "LHL-J-004",
      "the bytes of a stored journal are malformed",
      "read the bytes the journal codec wrote, whole and unchanged"),
  /** {@code LHL-J-005}: an entry appended to a journal does not carry the next sequence number. */
  OUT_OF_SEQUENCE(
      "LHL-J-005",
      "an entry appended to a journal does not carry the next sequence number",
      "append the entry numbered one past the journal's size"),
  /** {@code LHL-J-006}: an entry is sealed under a chain key the journal was not given. */
  KEY_REQUIRED(
      "LHL-J-006",
      "an entry is sealed under a chain key the journal was not given",
      "give the journal the chain key with the id the entry names"),
  /** {@code LHL-J-007}: an entry is sealed under another chain key than the one given. */
  WRONG_KEY(
      "LHL-J-007",
      "an entry is sealed under another chain key than the one given",
      "verify with the key the entry names, or restore the journal from a trusted copy"),
  /**
   * {@code LHL-J-008}: an entry is not sealed with the chain key though it must be: the chain may
   * have been computed again without the key.
   */
  NOT_SEALED(
      "LHL-J-008",
      "an entry is not sealed with the chain key though it must be: the chain may have been"
          + " computed again without the key",
      "restore the journal from a trusted copy; seal every entry after the first sealed one"),
  /**
   * {@code LHL-J-009}: an entry to redact was recorded without salted texts, so erasing its texts
   * would break the chain.
   */
  NOT_SALTED(
      "LHL-J-009",
      "an entry to redact was recorded without salted texts, so erasing its texts would break the"
          + " chain",
      "redact only entries recorded by a journal that salts its texts; give the journal a salt"
          + " source before the texts are recorded"),
  /** {@code LHL-J-010}: an actor whose role may not redact asked to redact entries. */
  REDACTION_NOT_ALLOWED(
      "LHL-J-010",
      "an actor whose role may not redact asked to redact entries",
      "let the process lead redact the entries");

  private static final ImmutableMap<String, JournalCode> BY_CODE = Codes.indexErrorCodes(values());

  private final String code;
  private final String meaning;
  private final String remedy;

  JournalCode(String code, String meaning, String remedy) {
    this.code = code;
    this.meaning = meaning;
    this.remedy = remedy;
  }

  /** The stable code, for example {@code LHL-J-002}. */
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
   * {@return the journal error code with the given code, such as {@code "LHL-J-002"}}
   *
   * @param code the stable code to look up
   * @throws UnknownCodeException if the family has no such code
   */
  public static JournalCode fromCode(String code) {
    return Codes.lookup(BY_CODE, "journal error code", code);
  }
}
