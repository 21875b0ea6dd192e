package no.levehelelivet.process;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.core.ValueLimits;
import no.levehelelivet.core.internal.Echo;
import no.levehelelivet.process.internal.EntryKeys;
import no.levehelelivet.process.journal.Digest;
import no.levehelelivet.process.journal.Journal;
import no.levehelelivet.process.journal.JournalEntry;
import org.jspecify.annotations.Nullable;

/**
 * Rebuilds an instance from a definition and a journal by firing each entry's command again at the
 * entry's time and checking that the definition produces exactly that entry. The rebuilt instance
 * keeps the journal it was given (sharing its entries and recorded digests).
 */
final class Replayer {

  /** The attributes of a start entry, besides a target date per planned phase. */
  private static final ImmutableSet<String> START_KEYS =
      ImmutableSet.of(
          EntryKeys.DEFINITION_DIGEST,
          EntryKeys.DEFINITION_ID,
          EntryKeys.DEFINITION_VERSION,
          EntryKeys.INSTANCE_ID,
          EntryKeys.MUNICIPALITY_NAME,
          EntryKeys.MUNICIPALITY_NUMBER);

  private static final ImmutableSet<String> CRITERION_KEYS = ImmutableSet.of(EntryKeys.CRITERION);
  private static final ImmutableSet<String> QUESTION_KEYS = ImmutableSet.of(EntryKeys.QUESTION);
  private static final ImmutableSet<String> REVISIT_KEYS = ImmutableSet.of(EntryKeys.TARGET_PHASE);
  private static final ImmutableSet<String> REDACT_KEYS = ImmutableSet.of(EntryKeys.REDACTED);

  /** What a redacted text stands for while its command is fired again; never kept. */
  private static final String ERASED = "[redacted]";

  private Replayer() {}

  /** Thrown inside replay to stop at the first failure; never escapes. */
  private static final class Stop extends Exception {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // never serialised: caught inside replay
    final ReplayFailure failure;

    Stop(ReplayFailure failure) {
      super(failure.message(), null, false, false);
      this.failure = failure;
    }
  }

  static ReplayResult replay(
      ProcessDefinition definition, Journal journal, @Nullable DefinitionMigration migration) {
    try {
      return Replayed.of(rebuild(definition, journal, migration));
    } catch (Stop stop) {
      return stop.failure;
    }
  }

  private static ProcessInstance rebuild(
      ProcessDefinition definition, Journal journal, @Nullable DefinitionMigration migration)
      throws Stop {
    if (journal.isEmpty() || !journal.entry(1).trigger().equals(Trigger.START.code())) {
      throw new Stop(
          ReplayFailure.of(
              ReplayCode.NOT_STARTED, 1, "entry 1 must be a start entry; the journal has none"));
    }
    JournalEntry first = journal.entry(1);
    requireSequence(first, 1);
    requireFreshStart(first);
    Digest recorded = startPart("definition-digest", first::definitionDigest);
    DefinitionMigration mapping = checkDigest(definition, recorded, migration);
    String id = startPart("instance-id", first::instanceId);
    if (!ValueLimits.isId(id)) {
      throw malformed("instance-id breaks the id rule of ValueLimits.isId");
    }
    Municipality municipality = startPart("municipality", first::municipality);
    String initial = mapping.phase(first.toPhase());
    if (!initial.equals(definition.initialPhase().code())) {
      throw new Stop(
          ReplayFailure.of(
              ReplayCode.ENTRY_MISMATCH,
              1,
              String.format(
                  Locale.ROOT,
                  "entry 1 starts in phase \"%s\" but the definition starts in \"%s\"",
                  initial,
                  definition.initialPhase().code())));
    }
    ImmutableMap<String, LocalDate> plan = plan(definition, first, mapping);
    requireDefined(first, START_KEYS, true);
    ProcessInstance state =
        ProcessInstance.initial(
            id,
            municipality,
            definition,
            plan,
            journal.asOf(1),
            recorded.equals(definition.digest()) ? Optional.empty() : Optional.of(mapping));
    for (int position = 2; position <= journal.size(); position++) {
      state = step(state, journal, position, mapping);
    }
    // Each step appended in place to the journal it built; the recorded journal (with the digests
    // it was stored with) is attached once at the end, so replay stays linear.
    ImmutableSet.Builder<Long> redacted = ImmutableSet.builder();
    for (JournalEntry entry : journal) {
      if (entry.isRedacted()) {
        redacted.add(entry.sequence());
      }
    }
    return state.withJournal(journal).withRedactedCriteria(redacted.build());
  }

  private static ProcessInstance step(
      ProcessInstance state, Journal journal, int position, DefinitionMigration mapping)
      throws Stop {
    JournalEntry recorded = journal.entry(position);
    requireSequence(recorded, position);
    requireForward(journal.entry(position - 1), recorded);
    requireDefined(recorded, definedKeys(state.definition().index(), recorded.trigger()), false);
    JournalEntry expected = mapped(recorded, mapping);
    if (recorded.trigger().equals(Trigger.REDACT.code())) {
      requireRedaction(state, journal, position, expected);
      return state.withJournal(journal.asOf(position));
    }
    Command command;
    try {
      command = command(state.definition(), expected);
    } catch (IllegalArgumentException e) {
      throw new Stop(
          ReplayFailure.of(
              ReplayCode.ENTRY_REJECTED,
              position,
              String.format(
                  Locale.ROOT,
                  "entry %d is not a valid command: %s",
                  position,
                  String.valueOf(e.getMessage()))));
    }
    Outcome outcome = Firing.fire(state, command, recorded.time());
    if (!(outcome instanceof Accepted accepted)) {
      throw new Stop(
          ReplayFailure.of(
              ReplayCode.ENTRY_REJECTED,
              position,
              String.format(
                  Locale.ROOT,
                  "the definition rejects entry %d (\"%s\"): %s",
                  position,
                  recorded.trigger(),
                  outcome.reasons()),
              outcome.reasons()));
    }
    JournalEntry produced = accepted.entry();
    if (expected.isRedacted()) {
      produced =
          JournalEntry.builder()
              .from(produced)
              .note(Optional.empty())
              .evidence(ImmutableList.of())
              .build();
    }
    if (!produced.equals(expected)) {
      throw new Stop(
          ReplayFailure.of(
              ReplayCode.ENTRY_MISMATCH,
              position,
              String.format(
                  Locale.ROOT,
                  "entry %d goes from \"%s\" to \"%s\" (%s), but the definition produces \"%s\" to"
                      + " \"%s\" (%s)",
                  position,
                  expected.fromPhase(),
                  expected.toPhase(),
                  expected.status(),
                  accepted.entry().fromPhase(),
                  accepted.entry().toPhase(),
                  accepted.entry().status())));
    }
    return accepted.instance();
  }

  private static DefinitionMigration checkDigest(
      ProcessDefinition definition, Digest recorded, @Nullable DefinitionMigration migration)
      throws Stop {
    if (recorded.equals(definition.digest())) {
      return DefinitionMigration.of(recorded);
    }
    if (migration == null) {
      throw new Stop(
          ReplayFailure.mismatch(
              ReplayCode.DEFINITION_MISMATCH,
              String.format(
                  Locale.ROOT,
                  "the journal was recorded under definition digest %s, but %s has digest %s;"
                      + " pass a DefinitionMigration to replay it on this definition",
                  recorded,
                  definition,
                  definition.digest()),
              recorded,
              definition.digest()));
    }
    if (!migration.fromDigest().equals(recorded)) {
      throw new Stop(
          ReplayFailure.mismatch(
              ReplayCode.MIGRATION_MISMATCH,
              String.format(
                  Locale.ROOT,
                  "the migration is from definition digest %s, but the journal was recorded under"
                      + " %s",
                  migration.fromDigest(),
                  recorded),
              recorded,
              definition.digest()));
    }
    return migration;
  }

  private static ImmutableMap<String, LocalDate> plan(
      ProcessDefinition definition, JournalEntry first, DefinitionMigration mapping) throws Stop {
    ImmutableMap<String, LocalDate> recorded;
    try {
      recorded = first.plannedTargetDates();
    } catch (IllegalArgumentException e) {
      throw malformed("a target date is not valid: " + e.getMessage());
    }
    if (recorded.isEmpty()) {
      return recorded;
    }
    ImmutableMap.Builder<String, LocalDate> plan = ImmutableMap.builder();
    for (Map.Entry<String, LocalDate> date : recorded.entrySet()) {
      String phase = mapping.phase(date.getKey());
      if (definition.findPhase(phase).isEmpty()) {
        throw malformed("a target date names unknown phase \"" + phase + "\"");
      }
      plan.put(phase, date.getValue());
    }
    return plan.buildOrThrow();
  }

  private static JournalEntry mapped(JournalEntry entry, DefinitionMigration mapping) {
    if (mapping.phaseCodes().isEmpty()) {
      return entry;
    }
    JournalEntry.Builder builder =
        JournalEntry.builder()
            .from(entry)
            .fromPhase(mapping.phase(entry.fromPhase()))
            .toPhase(mapping.phase(entry.toPhase()));
    Optional<String> target = entry.targetPhase();
    if (target.isPresent()) {
      builder.putAttribute(EntryKeys.TARGET_PHASE, mapping.phase(target.get()));
    }
    return builder.build();
  }

  private static Command command(ProcessDefinition definition, JournalEntry entry) {
    Role role = definition.index().roles().get(entry.role());
    if (role == null) {
      role = Role.of(entry.role(), LocalizedText.of(entry.role()));
    }
    Command.Builder command = Command.builder();
    command.trigger(entry.trigger()).actor(Actor.of(entry.actorId(), role));
    if (entry.isRedacted()) {
      // The erased texts are stood in for, so that a command that needs a note or evidence is
      // fired as it was; the entry it produces is compared without them.
      command.note(entry.erasedNote().map(digest -> ERASED));
      command.evidence(Collections.nCopies(entry.erasedEvidence().size(), ERASED));
    } else {
      command.note(entry.note()).evidence(entry.evidence());
    }
    Optional<String> target = entry.targetPhase();
    if (target.isPresent()) {
      command.target(target.get());
    }
    Optional<String> criterion = entry.criterion();
    if (criterion.isPresent()) {
      command.criterion(criterion.get());
    }
    Optional<String> question = entry.question();
    if (question.isPresent()) {
      command.question(question.get());
    }
    return command.build();
  }

  /** Checks that a redact entry is what {@link ProcessInstance#redact} writes. */
  private static void requireRedaction(
      ProcessInstance state, Journal journal, int position, JournalEntry entry) throws Stop {
    String shape = null;
    if (!entry.role().equals(Role.PROCESS_LEAD.code())) {
      shape = "its role is \"" + Echo.cut(entry.role()) + "\", not \"process-lead\"";
    } else if (!entry.fromPhase().equals(state.phase())
        || !entry.toPhase().equals(state.phase())
        || entry.status() != state.status()) {
      shape = "it changes the phase or status";
    } else if (entry.note().isEmpty() && entry.erasedNote().isEmpty()) {
      shape = "it gives no reason";
    } else if (!entry.evidence().isEmpty() || !entry.erasedEvidence().isEmpty()) {
      shape = "it has evidence";
    } else {
      shape = redactedShape(journal, position, entry.attributes().get(EntryKeys.REDACTED));
    }
    if (shape != null) {
      throw new Stop(
          ReplayFailure.of(
              ReplayCode.ENTRY_REJECTED,
              position,
              String.format(
                  Locale.ROOT, "entry %d is not a valid redaction: %s", position, shape)));
    }
  }

  /** What is wrong with the sequence numbers a redaction names, or null. */
  private static @Nullable String redactedShape(
      Journal journal, int position, @Nullable String sequences) {
    if (sequences == null) {
      return "it names no entries";
    }
    long previous = 0;
    for (String part : Splitter.on(',').split(sequences)) {
      long sequence;
      try {
        sequence = Long.parseLong(part);
      } catch (NumberFormatException e) {
        return "\"" + Echo.cut(sequences) + "\" is not a list of sequence numbers";
      }
      if (sequence <= previous || sequence >= position) {
        return "\"" + Echo.cut(sequences) + "\" does not name earlier entries in ascending order";
      }
      if (journal.entry(sequence).hasText()) {
        return "entry " + sequence + " still has the texts it names as erased";
      }
      previous = sequence;
    }
    return null;
  }

  /** Checks that the start entry is what {@link ProcessInstance#start} writes, bar its parts. */
  private static void requireFreshStart(JournalEntry first) throws Stop {
    String shape = null;
    if (first.status() != ProcessStatus.ACTIVE) {
      shape = "its status is \"" + first.status().code() + "\", not \"active\"";
    } else if (!first.fromPhase().equals(first.toPhase())) {
      shape =
          String.format(
              Locale.ROOT,
              "it goes from \"%s\" to \"%s\"; a start stays in the initial phase",
              Echo.cut(first.fromPhase()),
              Echo.cut(first.toPhase()));
    } else if (first.note().isPresent()) {
      shape = "it has a note";
    } else if (!first.evidence().isEmpty()) {
      shape = "it has evidence";
    }
    if (shape != null) {
      throw new Stop(
          ReplayFailure.of(
              ReplayCode.NOT_FRESH_START,
              1,
              String.format(Locale.ROOT, "entry 1 is not a fresh start: %s", shape)));
    }
  }

  /** Checks that an entry is not dated before the one before it. */
  private static void requireForward(JournalEntry previous, JournalEntry entry) throws Stop {
    if (entry.time().isBefore(previous.time())) {
      throw new Stop(
          ReplayFailure.of(
              ReplayCode.TIME_REVERSED,
              entry.sequence(),
              String.format(
                  Locale.ROOT,
                  "entry %d is dated %s, before entry %d (%s); time in a journal never runs"
                      + " backwards",
                  entry.sequence(),
                  entry.time(),
                  previous.sequence(),
                  previous.time())));
    }
  }

  /** The attribute keys an entry of {@code trigger} may carry, other than the start's. */
  private static ImmutableSet<String> definedKeys(DefinitionIndex index, String trigger) {
    if (trigger.equals(Trigger.RECORD_CRITERION.code())) {
      return CRITERION_KEYS;
    }
    if (trigger.equals(Trigger.ANSWER_QUESTION.code())) {
      return QUESTION_KEYS;
    }
    if (trigger.equals(Trigger.REDACT.code())) {
      return REDACT_KEYS;
    }
    return index.kind(trigger) == TransitionKind.REVISIT ? REVISIT_KEYS : ImmutableSet.of();
  }

  /** Checks that every attribute of an entry is one its trigger defines. */
  private static void requireDefined(
      JournalEntry entry, ImmutableSet<String> defined, boolean targetDates) throws Stop {
    for (String key : entry.attributes().keySet()) {
      if (!defined.contains(key)
          && !(targetDates && key.startsWith(EntryKeys.TARGET_DATE_PREFIX))) {
        throw new Stop(
            ReplayFailure.of(
                ReplayCode.UNDEFINED_ATTRIBUTE,
                entry.sequence(),
                String.format(
                    Locale.ROOT,
                    "entry %d (\"%s\") has attribute %s, which its trigger does not define",
                    entry.sequence(),
                    Echo.cut(entry.trigger()),
                    Echo.quote(key))));
      }
    }
  }

  private static void requireSequence(JournalEntry entry, long position) throws Stop {
    if (entry.sequence() != position) {
      throw new Stop(
          ReplayFailure.of(
              ReplayCode.SEQUENCE_BREAK,
              position,
              String.format(
                  Locale.ROOT,
                  "entry %d has sequence number %d; sequence numbers must run 1, 2, 3, ...",
                  position,
                  entry.sequence())));
    }
  }

  /** A part of the start entry, which must be there and valid. */
  private static <T> T startPart(String part, Supplier<Optional<T>> reader) throws Stop {
    Optional<T> value;
    try {
      value = reader.get();
    } catch (IllegalArgumentException e) {
      throw malformed(part + " is not valid: " + e.getMessage());
    }
    if (value.isEmpty()) {
      throw malformed(part + " is missing");
    }
    return value.get();
  }

  private static Stop malformed(String detail) {
    return new Stop(
        ReplayFailure.of(
            ReplayCode.MALFORMED_START,
            1,
            String.format(Locale.ROOT, "the start entry is malformed: %s", detail)));
  }
}
