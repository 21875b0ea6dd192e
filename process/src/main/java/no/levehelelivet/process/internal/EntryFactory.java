package no.levehelelivet.process.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.Instant;
import java.util.Optional;
import no.levehelelivet.process.ProcessStatus;
import no.levehelelivet.process.journal.Journal;
import no.levehelelivet.process.journal.JournalEntry;
import org.jspecify.annotations.Nullable;

/**
 * Builds journal entries from all their parts for the engine, which appends one per accepted
 * command and so skips the named builder that hosts use. The journal package installs the one
 * implementation when {@link JournalEntry} is initialized. Not API.
 */
public abstract class EntryFactory {

  private static @Nullable EntryFactory installed;

  /** For the journal package's one implementation. */
  protected EntryFactory() {}

  /**
   * Installs the implementation; called once, by {@link JournalEntry}'s initialization.
   *
   * @throws IllegalStateException if one is installed already
   */
  public static synchronized void install(EntryFactory factory) {
    if (installed != null) {
      throw new IllegalStateException("the journal entry factory is installed already");
    }
    installed = factory;
  }

  /** The installed implementation, initializing {@link JournalEntry} first if need be. */
  public static EntryFactory get() {
    EntryFactory factory = installed;
    if (factory == null) {
      try {
        Class.forName(JournalEntry.class.getName(), true, JournalEntry.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("the journal's classes are incomplete", e);
      }
      factory = installed;
      if (factory == null) {
        throw new IllegalStateException("the journal entry factory was not installed");
      }
    }
    return factory;
  }

  /** An entry from its parts, checked as {@link JournalEntry.Builder#build()} checks them. */
  public abstract JournalEntry entry(
      long sequence,
      Instant time,
      String actorId,
      String role,
      String trigger,
      String fromPhase,
      String toPhase,
      ProcessStatus status,
      Optional<String> note,
      ImmutableList<String> evidence,
      ImmutableSortedMap<String, String> attributes);

  /** The journal of a new process holding its start entry, as {@code Journal.empty().append}. */
  public abstract Journal journalOf(JournalEntry start);

  /**
   * The start entry (sequence 1) of a process started without a plan of its own: its attributes
   * (definition digest, id and version, instance id, municipality name and number) are made from
   * {@code source} when first asked for.
   */
  public abstract JournalEntry startEntry(
      Instant time,
      String actorId,
      String role,
      String trigger,
      String phase,
      ProcessStatus status,
      StartSource source);
}
