package no.levehelelivet.serialization;

/**
 * The stable code of every problem a reader can report (<i>feilkode</i>), in one place. A retired
 * code leaves a gap and is never reused; tests and callers match the code, never the wording.
 *
 * <table>
 *   <caption>Error codes of the wire format</caption>
 *   <tr><th>code</th><th>meaning</th><th>what to do</th></tr>
 *   <tr><td>{@code LHL-1001}</td><td>not well-formed JSON or YAML (line and column given)</td>
 *       <td>fix the syntax at the given line and column</td></tr>
 *   <tr><td>{@code LHL-1002}</td><td>content after the document's end</td>
 *       <td>send one document per message; remove what follows it</td></tr>
 *   <tr><td>{@code LHL-1003}</td><td>a key appears twice in one object</td>
 *       <td>keep one of the two; the reader never guesses which was meant</td></tr>
 *   <tr><td>{@code LHL-1004}</td><td>a property this version does not define (a warning in
 *       {@code TOLERANT} mode for a newer minor version)</td>
 *       <td>check the spelling against the schema, or upgrade the reader</td></tr>
 *   <tr><td>{@code LHL-1005}</td><td>a code that no item of the expected kind has (a warning in
 *       {@code TOLERANT} mode for a newer minor version, where the value is optional)</td>
 *       <td>use one of the valid codes the message lists, or upgrade the reader</td></tr>
 *   <tr><td>{@code LHL-1006}</td><td>a value of the wrong JSON type, such as a number where a
 *       string belongs, or {@code null}</td><td>write the type the schema gives; leave an
 *       absent optional value out rather than writing {@code null}</td></tr>
 *   <tr><td>{@code LHL-1007}</td><td>a required value is missing</td>
 *       <td>add it; collections are required too, write {@code []} for none</td></tr>
 *   <tr><td>{@code LHL-1008}</td><td>a value breaks its rule: a malformed date, time, length,
 *       time zone or version, a blank text, a repeated set item, a field the domain refuses
 *       (core {@code LHL-C-002})</td><td>correct the value as the message says</td></tr>
 *   <tr><td>{@code LHL-1009}</td><td>values that contradict each other (core {@code
 *       LHL-C-003}), such as a session that ends before it starts</td>
 *       <td>correct one of them; the pointer names the object that holds both</td></tr>
 *   <tr><td>{@code LHL-1010}</td><td>the document is of a newer minor version than this reader
 *       (a warning in {@code TOLERANT} mode)</td><td>upgrade the reader, or read the
 *       system's own stored history in {@code TOLERANT} mode</td></tr>
 *   <tr><td>{@code LHL-1011}</td><td>a missing, malformed or unsupported {@code
 *       schemaVersion}, such as a newer major version</td><td>write {@code "MAJOR.MINOR"} of
 *       a version this reader supports</td></tr>
 *   <tr><td>{@code LHL-1012}</td><td>the {@code documentType} is missing or is not the type
 *       asked for</td><td>read the document as the type it declares</td></tr>
 *   <tr><td>{@code LHL-1013}</td><td>a process definition breaks a rule of definitions (the
 *       message names the process module's {@code LHL-D} code), such as a phase that cannot be
 *       reached</td><td>correct the definition as the message says</td></tr>
 *   <tr><td>{@code LHL-1020}</td><td>the document is larger than {@link
 *       Limits#maxDocumentBytes()}</td><td>split the data, or raise the limit if the source is
 *       trusted</td></tr>
 *   <tr><td>{@code LHL-1021}</td><td>objects and arrays nest deeper than {@link
 *       Limits#maxNestingDepth()}</td><td>no real document nests this deep: check the
 *       source</td></tr>
 *   <tr><td>{@code LHL-1022}</td><td>a string or property name is longer than {@link
 *       Limits#maxStringLength()} or {@link Limits#maxNameLength()}</td>
 *       <td>shorten it</td></tr>
 *   <tr><td>{@code LHL-1023}</td><td>a number has more characters than {@link
 *       Limits#maxNumberLength()}</td><td>check the source</td></tr>
 *   <tr><td>{@code LHL-1024}</td><td>an array or object has more elements than {@link
 *       Limits#maxElements()}</td><td>split the data, or raise the limit if the source is
 *       trusted</td></tr>
 *   <tr><td>{@code LHL-1030}</td><td>a journal entry's digest does not match its content or
 *       chain: the journal was changed after it was written (the message names the entry's
 *       sequence number)</td><td>restore the journal from a trusted copy; never edit a
 *       journal by hand</td></tr>
 *   <tr><td>{@code LHL-1031}</td><td>the journal does not replay on its definition (the message
 *       names the process module's {@code LHL-R} code and the entry's sequence number)</td>
 *       <td>read it with the definition it was recorded under</td></tr>
 *   <tr><td>{@code LHL-1032}</td><td>the process instance runs on a definition this codec does not
 *       know (id, version and digest)</td><td>register the definition with {@link
 *       WireCodec.Builder#definition}</td></tr>
 * </table>
 */
public enum ErrorCode {
  /** {@code LHL-1001}: not well-formed JSON or YAML. */
  MALFORMED("LHL-1001"),
  /** {@code LHL-1002}: content after the document's end. */
  TRAILING_CONTENT("LHL-1002"),
  /** {@code LHL-1003}: a key appears twice in one object. */
  DUPLICATE_KEY("LHL-1003"),
  /** {@code LHL-1004}: a property this version does not define. */
  UNKNOWN_PROPERTY("LHL-1004"),
  /** {@code LHL-1005}: a code no item of the expected kind has. */
  UNKNOWN_CODE("LHL-1005"),
  /** {@code LHL-1006}: a value of the wrong JSON type, or {@code null}. */
  WRONG_TYPE("LHL-1006"),
  /** {@code LHL-1007}: a required value is missing. */
  MISSING_VALUE("LHL-1007"),
  /** {@code LHL-1008}: a value breaks its rule. */
  INVALID_VALUE("LHL-1008"),
  /** {@code LHL-1009}: values that contradict each other. */
  INCONSISTENT_VALUES("LHL-1009"),
  /** {@code LHL-1010}: a newer minor version than this reader knows. */
  NEWER_MINOR_VERSION("LHL-1010"),
  /** {@code LHL-1011}: a missing, malformed or unsupported schema version. */
  UNSUPPORTED_VERSION("LHL-1011"),
  /** {@code LHL-1012}: the document type is missing or not the one asked for. */
  WRONG_DOCUMENT_TYPE("LHL-1012"),
  /** {@code LHL-1013}: a process definition breaks a rule of definitions. */
  INVALID_DEFINITION("LHL-1013"),
  /** {@code LHL-1020}: the document is too large. */
  DOCUMENT_TOO_LARGE("LHL-1020"),
  /** {@code LHL-1021}: objects and arrays nest too deep. */
  NESTING_TOO_DEEP("LHL-1021"),
  /** {@code LHL-1022}: a string or property name is too long. */
  STRING_TOO_LONG("LHL-1022"),
  /** {@code LHL-1023}: a number is too long. */
  NUMBER_TOO_LONG("LHL-1023"),
  /** {@code LHL-1024}: an array or object has too many elements. */
  TOO_MANY_ELEMENTS("LHL-1024"),
  /** {@code LHL-1030}: a journal's digest chain does not verify. */
  JOURNAL_TAMPERED("LHL-1030"),
  /** {@code LHL-1031}: the journal does not replay on its definition. */
  JOURNAL_NOT_REPLAYABLE("LHL-1031"),
  /** {@code LHL-1032}: the instance's definition is not known to the codec. */
  UNKNOWN_DEFINITION("LHL-1032");

  private final String code;

  ErrorCode(String code) {
    this.code = code;
  }

  /** The stable code, for example {@code "LHL-1004"}. */
  public String code() {
    return code;
  }

  @Override
  public String toString() {
    return code;
  }
}
