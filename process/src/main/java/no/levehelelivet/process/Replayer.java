package no.levehelelivet.process;

import static no.levehelelivet.process.internal.ProcessMessages.format;

import com.google.common.collect.ImmutableMap;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.process.ReplayFailure.Kind;
import no.levehelelivet.process.internal.ProcessMessages;
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
      return ReplayResult.replayed(rebuild(definition, journal, migration));
    } catch (Stop stop) {
      return ReplayResult.failed(stop.failure);
    }
  }

  private static ProcessInstance rebuild(
      ProcessDefinition definition, Journal journal, @Nullable DefinitionMigration migration)
      throws Stop {
    if (journal.isEmpty() || !journal.entry(1).trigger().equals(Trigger.START.code())) {
      throw new Stop(
          ReplayFailure.of(
              Kind.NOT_STARTED,
              1,
              format(ProcessMessages.R001, "entry 1 must be a start entry; the journal has none")));
    }
    JournalEntry first = journal.entry(1);
    requireSequence(first, 1);
    Digest recorded = parseDigest(attribute(first, EntryKeys.DEFINITION_DIGEST));
    DefinitionMigration mapping = checkDigest(definition, recorded, migration);
    String id = attribute(first, EntryKeys.INSTANCE_ID);
    Municipality municipality;
    try {
      municipality =
          Municipality.of(
              attribute(first, EntryKeys.MUNICIPALITY_NAME),
              attribute(first, EntryKeys.MUNICIPALITY_NUMBER));
    } catch (IllegalArgumentException e) {
      throw malformed("the municipality is not valid: " + e.getMessage());
    }
    String initial = mapping.phase(first.toPhase());
    if (!initial.equals(definition.initialPhase().code())) {
      throw new Stop(
          ReplayFailure.of(
              Kind.ENTRY_MISMATCH,
              1,
              format(
                  ProcessMessages.R004,
                  "entry 1 starts in phase \"%s\" but the definition starts in \"%s\"",
                  initial,
                  definition.initialPhase().code())));
    }
    ProcessInstance state =
        ProcessInstance.initial(
            id, municipality, definition, plan(definition, first, mapping), journal.asOf(1));
    for (int position = 2; position <= journal.size(); position++) {
      state = step(state, journal, position, mapping);
    }
    // Each step appended in place to the journal it built; the recorded journal (with the digests
    // it was stored with) is attached once at the end, so replay stays linear.
    return state.withJournal(journal);
  }

  private static ProcessInstance step(
      ProcessInstance state, Journal journal, int position, DefinitionMigration mapping)
      throws Stop {
    JournalEntry recorded = journal.entry(position);
    requireSequence(recorded, position);
    JournalEntry expected = mapped(recorded, mapping);
    Command command;
    try {
      command = command(state.definition(), expected);
    } catch (IllegalArgumentException e) {
      throw new Stop(
          ReplayFailure.of(
              Kind.ENTRY_REJECTED,
              position,
              format(
                  ProcessMessages.R003,
                  "entry %d is not a valid command: %s",
                  position,
                  String.valueOf(e.getMessage()))));
    }
    Outcome outcome = Firing.fire(state, command, Clock.fixed(recorded.time(), ZoneOffset.UTC));
    if (!(outcome instanceof Accepted accepted)) {
      throw new Stop(
          ReplayFailure.of(
              Kind.ENTRY_REJECTED,
              position,
              format(
                  ProcessMessages.R003,
                  "the definition rejects entry %d (\"%s\"): %s",
                  position,
                  recorded.trigger(),
                  outcome.reasons()),
              outcome.reasons()));
    }
    if (!accepted.entry().equals(expected)) {
      throw new Stop(
          ReplayFailure.of(
              Kind.ENTRY_MISMATCH,
              position,
              format(
                  ProcessMessages.R004,
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
              Kind.DEFINITION_MISMATCH,
              format(
                  ProcessMessages.R002,
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
              Kind.MIGRATION_MISMATCH,
              format(
                  ProcessMessages.R007,
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
    ImmutableMap.Builder<String, LocalDate> plan = ImmutableMap.builder();
    for (Map.Entry<String, String> attribute : first.attributes().entrySet()) {
      if (attribute.getKey().startsWith(EntryKeys.TARGET_DATE_PREFIX)) {
        String phase =
            mapping.phase(attribute.getKey().substring(EntryKeys.TARGET_DATE_PREFIX.length()));
        if (definition.findPhase(phase).isEmpty()) {
          throw malformed("a target date names unknown phase \"" + phase + "\"");
        }
        try {
          plan.put(phase, LocalDate.parse(attribute.getValue()));
        } catch (java.time.format.DateTimeParseException e) {
          throw malformed("target date \"" + attribute.getValue() + "\" is not a date");
        }
      }
    }
    return plan.buildOrThrow();
  }

  private static JournalEntry mapped(JournalEntry entry, DefinitionMigration mapping) {
    if (mapping.phaseCodes().isEmpty()) {
      return entry;
    }
    JournalEntry.Builder builder = JournalEntry.builder();
    builder
        .from(entry)
        .fromPhase(mapping.phase(entry.fromPhase()))
        .toPhase(mapping.phase(entry.toPhase()));
    String target = entry.attributes().get(EntryKeys.TARGET_PHASE);
    if (target != null) {
      builder.attributes(ImmutableMap.of(EntryKeys.TARGET_PHASE, mapping.phase(target)));
    }
    return builder.build();
  }

  private static Command command(ProcessDefinition definition, JournalEntry entry) {
    Role role = definition.index().roles().get(entry.role());
    if (role == null) {
      role = Role.of(entry.role(), LocalizedText.of(entry.role()));
    }
    Command.Builder command = Command.builder();
    command
        .trigger(entry.trigger())
        .actor(Actor.of(entry.actorId(), role))
        .note(entry.note())
        .evidence(entry.evidence());
    String target = entry.attributes().get(EntryKeys.TARGET_PHASE);
    if (target != null) {
      command.target(target);
    }
    String criterion = entry.attributes().get(EntryKeys.CRITERION);
    if (criterion != null) {
      command.criterion(criterion);
    }
    String question = entry.attributes().get(EntryKeys.QUESTION);
    if (question != null) {
      command.question(question);
    }
    return command.build();
  }

  private static void requireSequence(JournalEntry entry, long position) throws Stop {
    if (entry.sequence() != position) {
      throw new Stop(
          ReplayFailure.of(
              Kind.SEQUENCE_BREAK,
              position,
              format(
                  ProcessMessages.R005,
                  "entry %d has sequence number %d; sequence numbers must run 1, 2, 3, ...",
                  position,
                  entry.sequence())));
    }
  }

  private static String attribute(JournalEntry entry, String key) throws Stop {
    String value = entry.attributes().get(key);
    if (value == null || value.isBlank()) {
      throw malformed("attribute \"" + key + "\" is missing");
    }
    return value;
  }

  private static Digest parseDigest(String hex) throws Stop {
    try {
      return Digest.parse(hex);
    } catch (IllegalArgumentException e) {
      throw malformed("the definition digest is not valid: " + e.getMessage());
    }
  }

  private static Stop malformed(String detail) {
    return new Stop(
        ReplayFailure.of(
            Kind.MALFORMED_START,
            1,
            format(ProcessMessages.R006, "the start entry is malformed: %s", detail)));
  }
}
