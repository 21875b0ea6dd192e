package no.levehelelivet.core;

import no.levehelelivet.core.internal.Messages;

/**
 * A stable error code (<i>feilkode</i>) of the library, such as {@code LHL-A-001}: what went wrong,
 * in words a caseworker's system can store, show and look up again. Every code has the form {@code
 * LHL-<family>-<nnn>}, where the family is one upper-case letter and {@code nnn} three digits.
 *
 * <p>Each family is an enum implementing this interface, with a static {@code fromCode} lookup:
 *
 * <table>
 *   <caption>Families of error codes</caption>
 *   <tr><th>family</th><th>enum</th><th>what it covers</th></tr>
 *   <tr><td>{@code LHL-A}</td><td>{@link ArgumentCode}</td><td>an argument breaks a value's
 *       rule (a programming error)</td></tr>
 *   <tr><td>{@code LHL-C}</td><td>{@link CoreCode}</td><td>the catalogue: unknown codes and the
 *       library's own resources</td></tr>
 *   <tr><td>{@code LHL-P}</td><td>{@code no.levehelelivet.process.ReasonCode}</td><td>why the
 *       change process refused a command</td></tr>
 *   <tr><td>{@code LHL-D}</td><td>{@code no.levehelelivet.process.DefinitionCode}</td><td>a
 *       process definition breaks a rule of definitions</td></tr>
 *   <tr><td>{@code LHL-R}</td><td>{@code no.levehelelivet.process.ReplayCode}</td><td>a journal
 *       does not replay on its definition</td></tr>
 *   <tr><td>{@code LHL-J}</td><td>{@code no.levehelelivet.process.journal.JournalCode}</td><td>a
 *       journal's chain is broken or its bytes are malformed</td></tr>
 *   <tr><td>{@code LHL-S}</td><td>{@code no.levehelelivet.serialization.WireCode}</td><td>a
 *       document on the wire cannot be read</td></tr>
 * </table>
 *
 * <p>A released code is never renamed or reused; a retired code leaves a gap. Match on codes, never
 * on the wording of messages.
 *
 * <p>Every code's meaning and remedy are also given in bokmål and nynorsk by {@link
 * #meaning(Language)} and {@link #remedy(Language)}, from UTF-8 resource bundles beside the
 * family's enum: {@code messages_nb.properties}, {@code messages_nn.properties} and {@code
 * messages_en.properties}, each complete on its own (no language falls back to another). A new code
 * adds {@code <code>.meaning} and {@code <code>.remedy} to all three.
 */
public interface ErrorCode {

  /** {@return the stable code, for example {@code "LHL-A-001"}} */
  String code();

  /**
   * {@return what the code means, in one line of English, for example "a value breaks its rule"}
   */
  String meaning();

  /** {@return what to do about it, in one line of English} */
  String remedy();

  /**
   * {@return what the code means (<i>betydning</i>) in {@code language}: {@link #meaning()} itself
   * in English, a translation in bokmål and nynorsk} The texts come from the family's message
   * bundle, {@code messages_nb.properties}, {@code messages_nn.properties} and {@code
   * messages_en.properties} beside the family's enum.
   *
   * @param language the language of the meaning
   * @throws IllegalStateException with {@link CoreCode#MISSING_RESOURCE} if the bundle lacks the
   *     text (a packaging error)
   */
  default String meaning(Language language) {
    return Messages.meaning(this, language);
  }

  /**
   * {@return what to do about it (<i>tiltak</i>) in {@code language}: {@link #remedy()} itself in
   * English, a translation in bokmål and nynorsk, from the family's message bundle}
   *
   * @param language the language of the remedy
   * @throws IllegalStateException with {@link CoreCode#MISSING_RESOURCE} if the bundle lacks the
   *     text (a packaging error)
   */
  default String remedy(Language language) {
    return Messages.remedy(this, language);
  }

  /**
   * {@return whether {@code code} has the form every error code has: {@code LHL-}, one upper-case
   * ASCII letter, {@code -} and three digits}
   *
   * @param code the text to test, such as {@code "LHL-A-001"}; any string
   */
  static boolean isWellFormed(String code) {
    if (code.length() != 9 || !code.startsWith("LHL-") || code.charAt(5) != '-') {
      return false;
    }
    char family = code.charAt(4);
    if (family < 'A' || family > 'Z') {
      return false;
    }
    for (int i = 6; i < 9; i++) {
      char digit = code.charAt(i);
      if (digit < '0' || digit > '9') {
        return false;
      }
    }
    return true;
  }
}
