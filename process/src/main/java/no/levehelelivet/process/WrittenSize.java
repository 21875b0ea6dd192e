package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Optional;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.core.ValueLimits;
import no.levehelelivet.process.internal.EntryKeys;
import no.levehelelivet.process.journal.Journal;
import no.levehelelivet.process.journal.JournalEntry;

/**
 * A conservative bound on the bytes of an instance's written document, so that the engine refuses a
 * step that would make it larger than {@link ValueLimits#MAX_DOCUMENT_BYTES}, which the standard
 * reader accepts. The bound holds for every written form, JSON and YAML:
 *
 * <ul>
 *   <li>each character of a text counts what its widest written form takes: 1 byte for printable
 *       ASCII, 2 for a quote or backslash (escaped) and for U+0080 to U+07FF, 3 for the rest of the
 *       Basic Multilingual Plane, 5 for each half of a surrogate pair (a YAML {@code \U} escape is
 *       10 bytes for the pair), and 6 for a character a writer escapes as a backslash, {@code u}
 *       and four hexadecimal digits: a control character, U+007F to U+009F, U+2028, U+2029, U+FEFF,
 *       U+FFFE, U+FFFF;
 *   <li>each text adds {@value #PER_TEXT} bytes for its member name, quotes, separators, line end
 *       and indentation, a free text (a note or an evidence reference) {@value #PER_SALTED} more
 *       for its salt and, once erased, its salted digest (64 hexadecimal digits each, with their
 *       quotes, separators and member names), each journal entry {@value #PER_ENTRY} bytes for its
 *       fixed members (sequence, time, status, digest, chain key id, the empty evidence and
 *       attributes, braces, indentation), and the document {@value #PER_DOCUMENT} bytes for its
 *       envelope and fixed members.
 * </ul>
 *
 * <p>A writer must not fold long lines (which would add indentation inside a text). Stateless.
 */
final class WrittenSize {

  /** Bytes per text beyond its characters. */
  static final long PER_TEXT = 32;

  /** Bytes per free text for its salt and its salted digest once erased. */
  static final long PER_SALTED = 192;

  /** Bytes per journal entry beyond its texts. */
  static final long PER_ENTRY = 512;

  /** Bytes per document beyond its texts and entries. */
  static final long PER_DOCUMENT = 4096;

  /** The most a code of a definition costs: at most 64 ASCII characters. */
  private static final long CODE = 64 + PER_TEXT;

  /**
   * The most the attributes of an entry a command appends cost: one key of a few letters and one
   * code of the definition.
   */
  static final long FIRED_ATTRIBUTES = 2 * CODE;

  private WrittenSize() {}

  /** The bound of a text: its characters at their widest, and {@link #PER_TEXT}. */
  static long text(String text) {
    int length = text.length();
    long bytes = PER_TEXT + length;
    for (int at = 0; at < length; at++) {
      char c = text.charAt(at);
      // one byte for printable ASCII but a quote or backslash, the common case, counted above
      if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') {
        bytes += character(c) - 1;
      }
    }
    return bytes;
  }

  /** The bound of attributes: each key and value a text. */
  static long attributes(ImmutableSortedMap<String, String> attributes) {
    // by index over the map's own key and value lists, which iterating its entries would copy
    ImmutableList<String> keys = attributes.keySet().asList();
    ImmutableList<String> values = attributes.values().asList();
    long bytes = 0;
    for (int i = 0; i < keys.size(); i++) {
      bytes += text(keys.get(i)) + text(values.get(i));
    }
    return bytes;
  }

  /**
   * The bound of a text as {@link #text} counts it, if the text is within the limits {@link
   * ValueLimits#isText} checks (its length, no unpaired surrogate), or -1 if it is not: one pass
   * over the text for both.
   */
  static long checkedText(String text) {
    int length = text.length();
    if (length > ValueLimits.MAX_TEXT_LENGTH) {
      return -1;
    }
    long bytes = PER_TEXT + length;
    for (int at = 0; at < length; at++) {
      char c = text.charAt(at);
      if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') {
        if (Character.isHighSurrogate(c)) {
          if (at + 1 == length || !Character.isLowSurrogate(text.charAt(at + 1))) {
            return -1;
          }
          // both halves of the pair, counted as one byte each above
          bytes += 2L * (character(c) - 1);
          at++;
        } else if (Character.isLowSurrogate(c)) {
          return -1;
        } else {
          bytes += character(c) - 1;
        }
      }
    }
    return bytes;
  }

  /**
   * What the entry a command appends counts of the command's own texts: the actor's id and role,
   * the note and the evidence with their salts; -1 if the note or a reference is beyond the limits
   * of {@link ValueLimits#isText}.
   */
  static long commandTexts(Command command) {
    long bytes = text(command.actor().id()) + text(command.actor().role().code());
    Optional<String> note = command.note();
    if (note.isPresent()) {
      long text = checkedText(note.get());
      if (text < 0) {
        return -1;
      }
      bytes += text + PER_SALTED;
    }
    ImmutableList<String> evidence = command.evidence();
    for (int i = 0; i < evidence.size(); i++) {
      long text = checkedText(evidence.get(i));
      if (text < 0) {
        return -1;
      }
      bytes += text + PER_SALTED;
    }
    return bytes;
  }

  /**
   * The bound of the entry a command appends, from {@link #commandTexts} and the bounds of the
   * definition's texts in it (trigger, phases, attributes), computed once per definition: equal to
   * {@link #entry(JournalEntry)} of that entry.
   */
  static long step(
      long commandTexts, long triggerBound, long fromBound, long toBound, long attributesBound) {
    return PER_ENTRY + commandTexts + triggerBound + fromBound + toBound + attributesBound;
  }

  /**
   * A bound on {@link #fired} from {@link #commandTexts} and the lengths of the trigger and the
   * phase, at {@value #WIDEST} bytes a character: never less than {@link #fired}.
   */
  static long firedAtMost(long commandTexts, String trigger, String fromPhase) {
    return PER_ENTRY
        + commandTexts
        + 2 * PER_TEXT
        + WIDEST * ((long) trigger.length() + fromPhase.length())
        + CODE
        + FIRED_ATTRIBUTES;
  }

  private static int character(char c) {
    if (c < 0x20) {
      return 6;
    }
    if (c == '"' || c == '\\') {
      return 2;
    }
    if (c < 0x7F) {
      return 1;
    }
    if (c <= 0x9F) {
      return 6;
    }
    if (c < 0x800) {
      return 2;
    }
    if (Character.isSurrogate(c)) {
      return 5;
    }
    if (c == '\u2028' || c == '\u2029' || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF') {
      return 6;
    }
    return 3;
  }

  /** The bound of one journal entry. */
  static long entry(JournalEntry entry) {
    long bytes =
        PER_ENTRY
            + text(entry.actorId())
            + text(entry.role())
            + text(entry.trigger())
            + text(entry.fromPhase())
            + text(entry.toPhase());
    if (entry.note().isPresent()) {
      bytes += text(entry.note().get()) + PER_SALTED;
    }
    for (String reference : entry.evidence()) {
      bytes += text(reference) + PER_SALTED;
    }
    if (entry.erasedNote().isPresent()) {
      bytes += PER_SALTED;
    }
    bytes += PER_SALTED * entry.erasedEvidence().size();
    bytes += attributes(entry.attributes());
    return bytes;
  }

  /** The bound of a text of 64 hexadecimal digits, such as a digest: one byte each. */
  private static final long DIGEST_TEXT = 64 + PER_TEXT;

  /**
   * What the bound of an instance started without a plan on a definition counts of the definition
   * alone: the document's fixed members and the definition's id (as {@link #identity} counts them),
   * and the start entry's fixed members, trigger, phases, attribute keys, digest, definition id and
   * version (as {@link #entry} counts them).
   */
  static long startOnDefinition(String definitionId, String versionText, String initialPhase) {
    return PER_DOCUMENT
        + text(definitionId)
        + CODE
        + PER_ENTRY
        + text(Trigger.START.code())
        + 2 * text(initialPhase)
        + START_KEYS
        + DIGEST_TEXT
        + text(definitionId)
        + text(versionText);
  }

  /**
   * The bound of an instance started without a plan, from {@link #startOnDefinition} and what the
   * instance adds: its id and municipality (in the document and in the start entry) and the actor.
   * Equal to {@link #identity} and {@link #entry} of its start entry together.
   */
  static long started(
      long onDefinition, String id, Municipality municipality, String actorId, String role) {
    return onDefinition
        + 2 * (text(id) + text(municipality.name()))
        + text(municipality.number())
        + text(actorId)
        + text(role);
  }

  /** The bound of the six keys of a start entry's attributes. */
  private static final long START_KEYS =
      text(EntryKeys.DEFINITION_DIGEST)
          + text(EntryKeys.DEFINITION_ID)
          + text(EntryKeys.DEFINITION_VERSION)
          + text(EntryKeys.INSTANCE_ID)
          + text(EntryKeys.MUNICIPALITY_NAME)
          + text(EntryKeys.MUNICIPALITY_NUMBER);

  /** The bound of the trigger that records a criterion. */
  static final long RECORD_CRITERION = text(Trigger.RECORD_CRITERION.code());

  /** The bound of the trigger that answers a question. */
  static final long ANSWER_QUESTION = text(Trigger.ANSWER_QUESTION.code());

  /** The most a character costs in {@link #text}. */
  private static final int WIDEST = 6;

  /** The bound of the entries of a journal. */
  static long entries(Journal journal) {
    long bytes = 0;
    for (long position = 1; position <= journal.size(); position++) {
      bytes += entry(journal.entry(position));
    }
    return bytes;
  }

  /**
   * The bound of an instance's members other than its journal entries: id, municipality,
   * definition, phase (at most a code), status and the head digest.
   */
  static long identity(String id, String municipalityName, String definitionId) {
    return PER_DOCUMENT + text(id) + text(municipalityName) + text(definitionId) + CODE;
  }

  /**
   * The most the entry a command appends can cost: its texts as they are, the phase it leaves, a
   * phase it may enter (at most a code) and its attributes.
   */
  static long fired(Command command, String fromPhase) {
    long bytes =
        PER_ENTRY
            + text(command.actor().id())
            + text(command.actor().role().code())
            + text(command.trigger())
            + text(fromPhase)
            + CODE
            + FIRED_ATTRIBUTES;
    if (command.note().isPresent()) {
      bytes += text(command.note().get()) + PER_SALTED;
    }
    for (String reference : command.evidence()) {
      bytes += text(reference) + PER_SALTED;
    }
    return bytes;
  }
}
