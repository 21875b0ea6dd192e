package no.levehelelivet.serialization;

import com.google.common.collect.ImmutableMap;
import no.levehelelivet.core.ErrorCode;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.internal.Codes;

/**
 * The error codes of the wire format (<i>feilkoder</i>, family {@code LHL-S}): the stable code of
 * every problem a reader can report, in one place. A retired code leaves a gap and is never reused;
 * tests and callers match the code, never the wording.
 *
 * <table>
 *   <caption>Error codes of the wire format</caption>
 *   <tr><th>code</th><th>meaning</th><th>what to do</th></tr>
 *   <tr><td>{@code LHL-S-001}</td><td>not well-formed JSON or YAML (line and column given)</td>
 *       <td>fix the syntax at the given line and column</td></tr>
 *   <tr><td>{@code LHL-S-002}</td><td>content after the document's end</td>
 *       <td>send one document per message; remove what follows it</td></tr>
 *   <tr><td>{@code LHL-S-003}</td><td>a key appears twice in one object</td>
 *       <td>keep one of the two; the reader never guesses which was meant</td></tr>
 *   <tr><td>{@code LHL-S-004}</td><td>a property this version does not define (a warning in
 *       {@code TOLERANT} mode for a newer minor version)</td>
 *       <td>check the spelling against the schema, or upgrade the reader</td></tr>
 *   <tr><td>{@code LHL-S-005}</td><td>a code that no item of the expected kind has (a warning in
 *       {@code TOLERANT} mode for a newer minor version, where the value is optional)</td>
 *       <td>use one of the valid codes the message lists, or upgrade the reader</td></tr>
 *   <tr><td>{@code LHL-S-006}</td><td>a value of the wrong JSON type, such as a number where a
 *       string belongs, or {@code null}</td><td>write the type the schema gives; leave an
 *       absent optional value out rather than writing {@code null}</td></tr>
 *   <tr><td>{@code LHL-S-007}</td><td>a required value is missing</td>
 *       <td>add it; collections are required too, write {@code []} for none</td></tr>
 *   <tr><td>{@code LHL-S-008}</td><td>a value breaks its rule: a malformed date, time, length,
 *       time zone or version, a blank text, a repeated set item, a field the domain refuses
 *       (core {@code LHL-A-001})</td><td>correct the value as the message says</td></tr>
 *   <tr><td>{@code LHL-S-009}</td><td>values that contradict each other (core {@code
 *       LHL-A-002}), such as a session that ends before it starts</td>
 *       <td>correct one of them; the pointer names the object that holds both</td></tr>
 *   <tr><td>{@code LHL-S-010}</td><td>the document is of a newer minor version than this reader
 *       (a warning in {@code TOLERANT} mode)</td><td>upgrade the reader, or read the
 *       system's own stored history in {@code TOLERANT} mode</td></tr>
 *   <tr><td>{@code LHL-S-011}</td><td>a missing, malformed or unsupported {@code
 *       schemaVersion}, such as a newer major version</td><td>write {@code "MAJOR.MINOR"} of
 *       a version this reader supports</td></tr>
 *   <tr><td>{@code LHL-S-012}</td><td>the {@code documentType} is missing or is not the type
 *       asked for</td><td>read the document as the type it declares</td></tr>
 *   <tr><td>{@code LHL-S-013}</td><td>a process definition breaks a rule of definitions (the
 *       message names the process module's {@code LHL-D} code), such as a phase that cannot be
 *       reached</td><td>correct the definition as the message says</td></tr>
 *   <tr><td>{@code LHL-S-014}</td><td>the document is not UTF-8: it starts with a UTF-16 or
 *       UTF-32 byte order mark, or has the zero bytes of those encodings</td>
 *       <td>convert the document to UTF-8</td></tr>
 *   <tr><td>{@code LHL-S-015}</td><td>a YAML anchor ({@code &name}) or alias ({@code *name}),
 *       which the wire format does not use</td><td>write each value out in full</td></tr>
 *   <tr><td>{@code LHL-S-020}</td><td>the document is larger than {@link
 *       Limits#maxDocumentBytes()}</td><td>split the data, or raise the limit if the source is
 *       trusted</td></tr>
 *   <tr><td>{@code LHL-S-021}</td><td>objects and arrays nest deeper than {@link
 *       Limits#maxNestingDepth()}</td><td>no real document nests this deep: check the
 *       source</td></tr>
 *   <tr><td>{@code LHL-S-022}</td><td>a string or property name is longer than {@link
 *       Limits#maxStringLength()} or {@link Limits#maxNameLength()}</td>
 *       <td>shorten it</td></tr>
 *   <tr><td>{@code LHL-S-023}</td><td>a number has more characters than {@link
 *       Limits#maxNumberLength()}</td><td>check the source</td></tr>
 *   <tr><td>{@code LHL-S-024}</td><td>an array or object has more elements than {@link
 *       Limits#maxElements()}</td><td>split the data, or raise the limit if the source is
 *       trusted</td></tr>
 *   <tr><td>{@code LHL-S-030}</td><td>a journal entry's digest does not match its content or
 *       chain: the journal was changed after it was written (the message names the entry's
 *       sequence number)</td><td>restore the journal from a trusted copy; never edit a
 *       journal by hand</td></tr>
 *   <tr><td>{@code LHL-S-031}</td><td>the journal does not replay on its definition (the message
 *       names the process module's {@code LHL-R} code and the entry's sequence number)</td>
 *       <td>read it with the definition it was recorded under</td></tr>
 *   <tr><td>{@code LHL-S-032}</td><td>the process instance runs on a definition this codec does
 *       not know (id, version and digest)</td><td>register the definition with {@link
 *       WireCodec.Builder#definition}</td></tr>
 *   <tr><td>{@code LHL-S-033}</td><td>the journal is sealed under a chain key this codec was not
 *       given (the message names the key id and the entry's sequence number)</td><td>give the
 *       codec the key with {@link WireCodec.Builder#chainKey}</td></tr>
 *   <tr><td>{@code LHL-S-040}</td><td>a write would lose members that this version does not
 *       know, kept from a document of a newer minor version read in {@code TOLERANT} mode (the
 *       message names their pointers)</td><td>write it from a node of that minor version, or
 *       upgrade this one first</td></tr>
 * </table>
 *
 * <p>{@link #meaning()} and {@link #remedy()} give the table's words as plain text.
 */
public enum WireCode implements ErrorCode {
  /** {@code LHL-S-001}: not well-formed JSON or YAML. */
  MALFORMED(
      "LHL-S-001",
      "not well-formed JSON or YAML (line and column given)",
      "fix the syntax at the given line and column"),
  /** {@code LHL-S-002}: content after the document's end. */
  TRAILING_CONTENT(
      "LHL-S-002",
      "content after the document's end",
      "send one document per message; remove what follows it"),
  /** {@code LHL-S-003}: a key appears twice in one object. */
  DUPLICATE_KEY(
      "LHL-S-003",
      "a key appears twice in one object",
      "keep one of the two; the reader never guesses which was meant"),
  /** {@code LHL-S-004}: a property this version does not define. */
  UNKNOWN_PROPERTY(
      "LHL-S-004",
      "a property this version does not define (a warning in TOLERANT mode for a newer minor"
          + " version)",
      "check the spelling against the schema, or upgrade the reader"),
  /** {@code LHL-S-005}: a code no item of the expected kind has. */
  UNKNOWN_CODE(
      "LHL-S-005",
      "a code that no item of the expected kind has (a warning in TOLERANT mode for a newer minor"
          + " version, where the value is optional)",
      "use one of the valid codes the message lists, or upgrade the reader"),
  /** {@code LHL-S-006}: a value of the wrong JSON type, or {@code null}. */
  WRONG_TYPE(
      "LHL-S-006",
      "a value of the wrong JSON type, such as a number where a string belongs, or null",
      "write the type the schema gives; leave an absent optional value out rather than writing"
          + " null"),
  /** {@code LHL-S-007}: a required value is missing. */
  MISSING_VALUE(
      "LHL-S-007",
      "a required value is missing",
      "add it; collections are required too, write [] for none"),
  /** {@code LHL-S-008}: a value breaks its rule. */
  INVALID_VALUE(
      "LHL-S-008",
      "a value breaks its rule: a malformed date, time, length, time zone or version, a blank"
          + " text, a repeated set item, a field the domain refuses (core LHL-A-001)",
      "correct the value as the message says"),
  /** {@code LHL-S-009}: values that contradict each other. */
  INCONSISTENT_VALUES(
      "LHL-S-009",
      "values that contradict each other (core LHL-A-002), such as a session that ends before it"
          + " starts",
      "correct one of them; the pointer names the object that holds both"),
  /** {@code LHL-S-010}: a newer minor version than this reader knows. */
  NEWER_MINOR_VERSION(
      "LHL-S-010",
      "the document is of a newer minor version than this reader (a warning in TOLERANT mode)",
      "upgrade the reader, or read the system's own stored history in TOLERANT mode"),
  /** {@code LHL-S-011}: a missing, malformed or unsupported schema version. */
  UNSUPPORTED_VERSION(
      "LHL-S-011",
      "a missing, malformed or unsupported schemaVersion, such as a newer major version",
      "write \"MAJOR.MINOR\" of a version this reader supports"),
  /** {@code LHL-S-012}: the document type is missing or not the one asked for. */
  WRONG_DOCUMENT_TYPE(
      "LHL-S-012",
      "the documentType is missing or is not the type asked for",
      "read the document as the type it declares"),
  /** {@code LHL-S-013}: a process definition breaks a rule of definitions. */
  INVALID_DEFINITION(
      "LHL-S-013",
      "a process definition breaks a rule of definitions (the message names the process module's"
          + " LHL-D code), such as a phase that cannot be reached",
      "correct the definition as the message says"),
  /** {@code LHL-S-014}: the document is not UTF-8. */
  NOT_UTF8(
      "LHL-S-014",
      "the document is not UTF-8: it starts with a UTF-16 or UTF-32 byte order mark, or has the"
          + " zero bytes of those encodings",
      "convert the document to UTF-8"),
  /** {@code LHL-S-015}: a YAML anchor or alias. */
  YAML_ANCHOR_OR_ALIAS(
      "LHL-S-015",
      "a YAML anchor (&name) or alias (*name), which the wire format does not use",
      "write each value out in full"),
  /** {@code LHL-S-020}: the document is too large. */
  DOCUMENT_TOO_LARGE(
      "LHL-S-020",
      "the document is larger than Limits.maxDocumentBytes()",
      "split the data, or raise the limit if the source is trusted"),
  /** {@code LHL-S-021}: objects and arrays nest too deep. */
  NESTING_TOO_DEEP(
      "LHL-S-021",
      "objects and arrays nest deeper than Limits.maxNestingDepth()",
      "no real document nests this deep: check the source"),
  /** {@code LHL-S-022}: a string or property name is too long. */
  STRING_TOO_LONG(
      "LHL-S-022",
      "a string or property name is longer than Limits.maxStringLength() or"
          + " Limits.maxNameLength()",
      "shorten it"),
  /** {@code LHL-S-023}: a number is too long. */
  NUMBER_TOO_LONG(
      "LHL-S-023",
      "a number has more characters than Limits.maxNumberLength()",
      "check the source"),
  /** {@code LHL-S-024}: an array or object has too many elements. */
  TOO_MANY_ELEMENTS(
      "LHL-S-024",
      "an array or object has more elements than Limits.maxElements()",
      "split the data, or raise the limit if the source is trusted"),
  /** {@code LHL-S-030}: a journal's digest chain does not verify. */
  JOURNAL_TAMPERED(
      "LHL-S-030",
      "a journal entry's digest does not match its content or chain: the journal was changed"
          + " after it was written (the message names the entry's sequence number)",
      "restore the journal from a trusted copy; never edit a journal by hand"),
  /** {@code LHL-S-031}: the journal does not replay on its definition. */
  JOURNAL_NOT_REPLAYABLE(
      "LHL-S-031",
      "the journal does not replay on its definition (the message names the process module's"
          + " LHL-R code and the entry's sequence number)",
      "read it with the definition it was recorded under"),
  /** {@code LHL-S-032}: the instance's definition is not known to the codec. */
  UNKNOWN_DEFINITION(
      "LHL-S-032",
      "the process instance runs on a definition this codec does not know (id, version and"
          + " digest)",
      "register the definition with WireCodec.Builder.definition"),
  /** {@code LHL-S-033}: the journal is sealed under a chain key the codec was not given. */
  CHAIN_KEY_UNKNOWN(
      "LHL-S-033",
      "the journal is sealed under a chain key this codec was not given (the message names the"
          + " key id and the entry's sequence number)",
      "give the codec the key with WireCodec.Builder.chainKey"),
  /** {@code LHL-S-040}: a write would lose members this version does not know. */
  UNKNOWN_MEMBERS_WOULD_BE_LOST(
      "LHL-S-040",
      "a write would lose members that this version does not know, kept from a document of a"
          + " newer minor version read in TOLERANT mode (the message names their pointers)",
      "write it from a node of that minor version, or upgrade this one first");

  private static final ImmutableMap<String, WireCode> BY_CODE = Codes.indexErrorCodes(values());

  private final String code;
  private final String meaning;
  private final String remedy;

  WireCode(String code, String meaning, String remedy) {
    this.code = code;
    this.meaning = meaning;
    this.remedy = remedy;
  }

  /** The stable code, for example {@code "LHL-S-004"}. */
  @Override
  public String code() {
    return code;
  }

  /** What the code means, in one line, as the table above gives it. */
  @Override
  public String meaning() {
    return meaning;
  }

  /** What to do about it, in one line, as the table above gives it. */
  @Override
  public String remedy() {
    return remedy;
  }

  /**
   * {@return the wire error code with the given code, such as {@code "LHL-S-004"}}
   *
   * @param code the error code, such as {@code "LHL-S-004"}
   * @throws UnknownCodeException if the family has no such code
   */
  public static WireCode fromCode(String code) {
    return Codes.lookup(BY_CODE, "wire error code", code);
  }
}
