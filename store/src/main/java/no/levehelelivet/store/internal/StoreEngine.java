package no.levehelelivet.store.internal;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import no.levehelelivet.core.ArgumentCode;
import no.levehelelivet.core.InvalidValueException;
import no.levehelelivet.core.LeveHeleLivetException;
import no.levehelelivet.process.Accepted;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.Deadline;
import no.levehelelivet.process.Effect;
import no.levehelelivet.process.Outcome;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.Rejected;
import no.levehelelivet.process.ReplayFailure;
import no.levehelelivet.process.ReplayResult;
import no.levehelelivet.process.journal.ChainKey;
import no.levehelelivet.process.journal.Digest;
import no.levehelelivet.process.journal.Journal;
import no.levehelelivet.process.journal.JournalCodec;
import no.levehelelivet.process.journal.JournalEntry;
import no.levehelelivet.process.journal.JournalProblem;
import no.levehelelivet.process.journal.MalformedJournalException;
import no.levehelelivet.process.journal.Verification;
import no.levehelelivet.store.Conflict;
import no.levehelelivet.store.ProcessSummary;
import no.levehelelivet.store.Refused;
import no.levehelelivet.store.Saved;
import no.levehelelivet.store.StoreCode;
import no.levehelelivet.store.StoreException;
import no.levehelelivet.store.StoreOptions;
import no.levehelelivet.store.StoreResult;
import org.jspecify.annotations.Nullable;

/**
 * What every store does with the rows of a {@link Backend}: creating, loading (check, then replay),
 * applying a command and redacting, the same for memory and every database. Thread-safe; the salt
 * source is made when first needed.
 */
public final class StoreEngine {

  private static final int DIGEST_BYTES = 32;

  private final StoreOptions options;
  private volatile @Nullable SecureRandom salts;

  /**
   * The instances this store last loaded or saved, by id, weighed by their written size, so that a
   * step on a process this store wrote last needs one read of its summary row, not its journal. An
   * instance is used only while the summary row still matches it.
   */
  private final Cache<String, ProcessInstance> recent;

  public StoreEngine(StoreOptions options) {
    this.options = options;
    this.salts = options.saltSource().orElse(null);
    this.recent =
        CacheBuilder.newBuilder()
            .maximumWeight(options.cacheBytes() / 1024)
            .weigher(
                (String id, ProcessInstance instance) ->
                    (int) Math.min(Integer.MAX_VALUE, 1 + instance.writtenSizeBound() / 1024))
            .build();
  }

  private void remember(ProcessInstance instance) {
    if (options.cacheBytes() > 0) {
      recent.put(instance.id(), instance);
    }
  }

  public StoreOptions options() {
    return options;
  }

  /** Stores a new process with every entry of its journal. */
  public StoreResult create(Backend backend, ProcessInstance instance) {
    if (instance.migration().isPresent()) {
      throw StoreException.of(
          StoreCode.MIGRATION_NOT_STORED,
          instance.id(),
          0,
          "it was replayed from definition digest "
              + instance.migration().get().fromDigest()
              + " onto "
              + instance.definitionDigest(),
          null);
    }
    if (instance.municipality().name().indexOf(0) >= 0) {
      throw InvalidValueException.of(
          ArgumentCode.INVALID_VALUE,
          "municipality name",
          "free of NUL characters, which a database's text column cannot hold",
          instance.municipality().name());
    }
    Journal journal = instance.journal();
    Optional<String> keyId = journal.chainKey().map(ChainKey::keyId);
    if (keyId.isPresent() && options.chainKey(keyId.get()).isEmpty()) {
      throw StoreException.of(
          StoreCode.CHAIN_KEY_UNKNOWN,
          instance.id(),
          0,
          "the process is sealed under the key \""
              + keyId.get()
              + "\", which the store was not given",
          null);
    }
    backend.keep(instance.definition());
    ImmutableList.Builder<StoredEntry> rows = ImmutableList.builder();
    for (long position = 1; position <= journal.size(); position++) {
      rows.add(row(journal, position));
    }
    Change change =
        new Change(
            instance.id(),
            0,
            summaryOf(instance),
            keyId,
            journal.isSalting(),
            rows.build(),
            ImmutableMap.of(),
            ImmutableList.of());
    OptionalLong stored = backend.commit(change);
    if (stored.isPresent()) {
      return Conflict.of(instance.id(), 0, stored.getAsLong());
    }
    // Kept as a loaded one would be, salting from the store's source, so that the first step
    // on a new process needs its summary row only.
    remember(journal.isSalting() ? instance.withSalts(saltSource()) : instance);
    return Saved.of(instance, journal.entries(), ImmutableList.of());
  }

  /** The stored process, checked and replayed, or empty if it is not stored. */
  public Optional<ProcessInstance> find(Backend backend, String id) {
    Optional<StoredProcess> stored = backend.read(id);
    return stored.map(process -> load(backend, process));
  }

  /** The stored process, checked and replayed. */
  public ProcessInstance load(Backend backend, String id) {
    return find(backend, id).orElseThrow(() -> notFound(id));
  }

  /** The stored process as it was after entry {@code sequence}. */
  public ProcessInstance asOf(Backend backend, String id, long sequence) {
    ProcessInstance instance = load(backend, id);
    if (sequence < 1 || sequence > instance.version()) {
      throw InvalidValueException.of(
          ArgumentCode.INVALID_VALUE, "sequence", "from 1 to " + instance.version(), sequence);
    }
    if (sequence == instance.version()) {
      return instance;
    }
    Journal journal = instance.journal().asOf(sequence);
    ReplayResult replay = ProcessInstance.replay(instance.definition(), journal);
    if (replay instanceof ReplayFailure failure) {
      throw replayFailed(id, failure);
    }
    return replay.orElseThrow();
  }

  /**
   * The stored process to write a step on: the instance this store last loaded or saved, if the
   * summary row still has its version, head digest and summary; otherwise loaded and checked.
   */
  private ProcessInstance loadForWrite(Backend backend, String id) {
    ProcessInstance known = recent.getIfPresent(id);
    if (known != null) {
      Optional<StoredProcess> head = backend.head(id);
      if (head.isEmpty()) {
        throw notFound(id);
      }
      if (head.get().summary().equals(summaryOf(known))
          && head.get().chainKeyId().equals(known.journal().chainKey().map(ChainKey::keyId))
          && head.get().salting() == known.journal().isSalting()) {
        return known;
      }
    }
    return load(backend, id);
  }

  /** Fires the command on the stored process and stores the step if it is accepted. */
  public StoreResult apply(Backend backend, String id, Command command, Clock clock) {
    ProcessInstance instance = loadForWrite(backend, id);
    long version = instance.version();
    if (command.expectedVersion().isPresent() && command.expectedVersion().getAsLong() != version) {
      return Conflict.of(id, command.expectedVersion().getAsLong(), version);
    }
    Outcome outcome = instance.fire(command, clock);
    if (outcome instanceof Rejected rejected) {
      return Refused.of(rejected);
    }
    Accepted accepted = (Accepted) outcome;
    return step(backend, version, accepted.instance(), ImmutableMap.of(), accepted.effects());
  }

  /** Redacts entries of the stored process and stores the redaction. */
  public StoreResult redact(
      Backend backend,
      String id,
      Actor actor,
      String reason,
      Collection<Long> sequences,
      Clock clock) {
    ProcessInstance instance = loadForWrite(backend, id);
    long version = instance.version();
    ProcessInstance next = instance.redact(actor, reason, sequences, clock);
    ImmutableMap.Builder<Long, byte[]> rewritten = ImmutableMap.builder();
    for (long sequence : sequences) {
      JournalEntry before = instance.journal().entry(sequence);
      JournalEntry after = next.journal().entry(sequence);
      if (!before.equals(after)) {
        rewritten.put(sequence, JournalCodec.writeEntry(after));
      }
    }
    return step(backend, version, next, rewritten.buildKeepingLast(), ImmutableList.of());
  }

  /**
   * Stores the step from {@code version} to {@code next}: its last entry appended, the entries of
   * {@code rewritten} replaced, its effects in the outbox; a conflict if another step came first.
   */
  private StoreResult step(
      Backend backend,
      long version,
      ProcessInstance next,
      ImmutableMap<Long, byte[]> rewritten,
      ImmutableList<Effect> effects) {
    String id = next.id();
    Journal journal = next.journal();
    Change change =
        new Change(
            id,
            version,
            summaryOf(next),
            journal.chainKey().map(ChainKey::keyId),
            journal.isSalting(),
            ImmutableList.of(row(journal, next.version())),
            rewritten,
            effects);
    OptionalLong stored = backend.commit(change);
    if (stored.isPresent()) {
      return Conflict.of(id, version, stored.getAsLong());
    }
    remember(next);
    return Saved.of(next, ImmutableList.of(journal.entry(next.version())), effects);
  }

  /** Checks {@code process} as loading does; the failure, if it does not hold. */
  public Optional<StoreException> check(Backend backend, StoredProcess process) {
    try {
      load(backend, process);
      return Optional.empty();
    } catch (StoreException e) {
      if (e.code() == StoreCode.DATABASE_FAILED) {
        throw e;
      }
      return Optional.of(e);
    }
  }

  /** The summary row of {@code instance}. */
  public static ProcessSummary summaryOf(ProcessInstance instance) {
    Optional<LocalDate> next =
        instance.overdue(LocalDate.MAX).stream().map(Deadline::due).min(LocalDate::compareTo);
    return ProcessSummary.of(
        instance.id(),
        instance.municipality(),
        instance.definitionId(),
        instance.definitionVersion(),
        instance.phase(),
        instance.status(),
        instance.version(),
        instance.journal().headDigest(),
        next,
        instance.journal().last().orElseThrow().time().truncatedTo(ChronoUnit.MICROS));
  }

  /** The failure, for every store, of keeping {@code definition} where {@code kept} is kept. */
  public static StoreException clash(ProcessDefinition definition, Digest kept) {
    return StoreException.of(
        StoreCode.DEFINITION_CLASH,
        null,
        0,
        "definition "
            + definition.id()
            + " version "
            + definition.version()
            + " is kept with digest "
            + kept
            + ", not "
            + definition.digest(),
        null);
  }

  public static StoreException notFound(String id) {
    return StoreException.of(StoreCode.PROCESS_NOT_FOUND, id, 0, "", null);
  }

  private static StoredEntry row(Journal journal, long position) {
    JournalEntry entry = journal.entry(position);
    return new StoredEntry(
        entry.sequence(), JournalCodec.writeEntry(entry), journal.digest(position).bytes());
  }

  /** Checks the rows of {@code process}, then replays them. */
  private ProcessInstance load(Backend backend, StoredProcess process) {
    ProcessSummary summary = process.summary();
    String id = summary.id();
    List<JournalEntry> entries = new ArrayList<>(process.entries().size());
    long expected = 0;
    for (StoredEntry row : process.entries()) {
      expected++;
      if (row.sequence() != expected) {
        throw StoreException.of(
            StoreCode.CHAIN_BROKEN,
            id,
            expected,
            "the entry numbered " + expected + " is missing; the next row is " + row.sequence(),
            null);
      }
      JournalEntry entry;
      try {
        entry = JournalCodec.readEntry(row.bytes());
      } catch (MalformedJournalException e) {
        throw StoreException.of(
            StoreCode.ENTRY_UNREADABLE, id, expected, String.valueOf(e.getMessage()), e);
      }
      if (entry.sequence() != expected) {
        throw StoreException.of(
            StoreCode.CHAIN_BROKEN,
            id,
            expected,
            "the row numbered " + expected + " holds the entry numbered " + entry.sequence(),
            null);
      }
      if (row.digest().length != DIGEST_BYTES) {
        throw StoreException.of(
            StoreCode.CHAIN_BROKEN,
            id,
            expected,
            "the digest has " + row.digest().length + " bytes, not " + DIGEST_BYTES,
            null);
      }
      entries.add(entry.withRecordedDigest(Digest.of(row.digest())));
    }
    if (entries.isEmpty()) {
      throw StoreException.of(StoreCode.CHAIN_BROKEN, id, 1, "no entry is stored", null);
    }
    Journal journal = sealed(id, process, Journal.of(entries));
    Verification verification = journal.verify(summary.headDigest());
    if (!verification.isIntact()) {
      throw broken(id, verification.problem().orElseThrow(), entries.size());
    }
    JournalEntry start = entries.get(0);
    Optional<String> definitionId = start.definitionId();
    if (definitionId.isEmpty() || start.definitionVersion().isEmpty()) {
      throw StoreException.of(
          StoreCode.REPLAY_FAILED, id, 1, "the first entry names no definition", null);
    }
    int definitionVersion = start.definitionVersion().getAsInt();
    ProcessDefinition definition =
        backend
            .definition(definitionId.get(), definitionVersion)
            .orElseThrow(
                () ->
                    StoreException.of(
                        StoreCode.DEFINITION_UNKNOWN,
                        id,
                        0,
                        "definition " + definitionId.get() + " version " + definitionVersion,
                        null));
    ReplayResult replay;
    try {
      replay = ProcessInstance.replay(definition, journal);
    } catch (LeveHeleLivetException e) {
      throw StoreException.of(StoreCode.REPLAY_FAILED, id, 0, String.valueOf(e.getMessage()), e);
    }
    if (replay instanceof ReplayFailure failure) {
      throw replayFailed(id, failure);
    }
    ProcessInstance replayed = replay.orElseThrow();
    ProcessInstance instance = process.salting() ? replayed.withSalts(saltSource()) : replayed;
    ProcessSummary actual = summaryOf(instance);
    if (!actual.equals(summary)) {
      throw StoreException.of(
          StoreCode.SUMMARY_MISMATCH,
          id,
          0,
          "the summary row says " + describe(summary) + " but the journal says " + describe(actual),
          null);
    }
    remember(instance);
    return instance;
  }

  private Journal sealed(String id, StoredProcess process, Journal journal) {
    Optional<String> keyId = process.chainKeyId();
    if (keyId.isEmpty()) {
      for (JournalEntry entry : journal) {
        if (entry.chainKeyId().isPresent()) {
          keyId = entry.chainKeyId();
          break;
        }
      }
    }
    if (keyId.isEmpty()) {
      return journal;
    }
    String wanted = keyId.get();
    ChainKey key =
        options
            .chainKey(wanted)
            .orElseThrow(
                () ->
                    StoreException.of(
                        StoreCode.CHAIN_KEY_UNKNOWN,
                        id,
                        0,
                        "the process is sealed under the key \"" + wanted + "\"",
                        null));
    return journal.withChainKey(key);
  }

  private SecureRandom saltSource() {
    SecureRandom random = salts;
    if (random == null) {
      synchronized (this) {
        random = salts;
        if (random == null) {
          random = new SecureRandom();
          salts = random;
        }
      }
    }
    return random;
  }

  private static StoreException broken(String id, JournalProblem problem, int size) {
    StoreCode code =
        switch (problem.code()) {
          case HEAD_MISMATCH -> StoreCode.HEAD_MISMATCH;
          case KEY_REQUIRED -> StoreCode.CHAIN_KEY_UNKNOWN;
          default -> StoreCode.CHAIN_BROKEN;
        };
    long sequence = Math.min(problem.position(), size);
    return StoreException.of(code, id, sequence, problem.message(), null);
  }

  private static StoreException replayFailed(String id, ReplayFailure failure) {
    return StoreException.of(
        StoreCode.REPLAY_FAILED, id, failure.sequence(), failure.message(), null);
  }

  private static String describe(ProcessSummary summary) {
    return "phase "
        + summary.phase()
        + ", status "
        + summary.status().code()
        + ", version "
        + summary.version()
        + ", municipality "
        + summary.municipality().number()
        + ", definition "
        + summary.definitionId()
        + " "
        + summary.definitionVersion()
        + ", next deadline "
        + summary.nextDeadline().map(LocalDate::toString).orElse("none");
  }
}
