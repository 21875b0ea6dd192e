package no.levehelelivet.store.internal;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.ProcessStatus;
import no.levehelelivet.store.AuditProgress;
import no.levehelelivet.store.AuditReport;
import no.levehelelivet.store.BrokenChain;
import no.levehelelivet.store.Outbox;
import no.levehelelivet.store.Portfolio;
import no.levehelelivet.store.ProcessPage;
import no.levehelelivet.store.ProcessQuery;
import no.levehelelivet.store.ProcessStore;
import no.levehelelivet.store.ProcessSummary;
import no.levehelelivet.store.StoreOptions;
import no.levehelelivet.store.StoreResult;

/**
 * The store in memory: the rows of each process in a map, written under one lock so that a commit
 * checks the stored version and writes as one step, as a database transaction does. Reads take no
 * lock: each process's rows are replaced whole, never changed.
 */
public final class InMemoryStore implements ProcessStore, Backend {

  /** The order of {@link #definitions()}: by id, then version. */
  public static final Comparator<ProcessDefinition> BY_ID_AND_VERSION =
      Comparator.comparing(ProcessDefinition::id).thenComparingInt(ProcessDefinition::version);

  private final StoreEngine engine;
  private final ConcurrentHashMap<String, StoredProcess> processes = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, ProcessDefinition> definitions =
      new ConcurrentHashMap<>();
  private final InMemoryOutbox outbox;
  private final Object lock = new Object();

  public InMemoryStore(StoreOptions options) {
    this.engine = new StoreEngine(options);
    this.outbox = new InMemoryOutbox(options.clock());
  }

  @Override
  public void register(ProcessDefinition definition) {
    keep(definition);
  }

  @Override
  public ProcessDefinition keep(ProcessDefinition definition) {
    ProcessDefinition kept =
        definitions.computeIfAbsent(key(definition.id(), definition.version()), k -> definition);
    if (!kept.digest().equals(definition.digest())) {
      throw StoreEngine.clash(definition, kept.digest());
    }
    return kept;
  }

  @Override
  public Optional<ProcessDefinition> definition(String id, int version) {
    return Optional.ofNullable(definitions.get(key(id, version)));
  }

  @Override
  public ImmutableList<ProcessDefinition> definitions() {
    return definitions.values().stream()
        .sorted(BY_ID_AND_VERSION)
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public StoreResult create(ProcessInstance instance) {
    return engine.create(this, instance);
  }

  @Override
  public ProcessInstance load(String id) {
    return engine.load(this, id);
  }

  @Override
  public Optional<ProcessInstance> find(String id) {
    return engine.find(this, id);
  }

  @Override
  public ProcessInstance asOf(String id, long sequence) {
    return engine.asOf(this, id, sequence);
  }

  @Override
  public StoreResult apply(String id, Command command, Clock clock) {
    return engine.apply(this, id, command, clock);
  }

  @Override
  public StoreResult redact(
      String id, Actor actor, String reason, Collection<Long> sequences, Clock clock) {
    return engine.redact(this, id, actor, reason, sequences, clock);
  }

  @Override
  public Optional<ProcessSummary> summary(String id) {
    return Optional.ofNullable(processes.get(id)).map(StoredProcess::summary);
  }

  @Override
  public ProcessPage processes(ProcessQuery query) {
    List<ProcessSummary> page =
        processes.values().stream()
            .map(StoredProcess::summary)
            .filter(query::matches)
            .sorted(Comparator.comparing(ProcessSummary::id))
            .limit(query.limit())
            .toList();
    return ProcessPage.of(query, page);
  }

  @Override
  public Portfolio portfolio(ProcessQuery query) {
    Map<String, Map<ProcessStatus, Long>> counts = new TreeMap<>();
    for (StoredProcess process : processes.values()) {
      ProcessSummary summary = process.summary();
      if (query.matchesFilters(summary)) {
        counts
            .computeIfAbsent(summary.phase(), phase -> new TreeMap<>())
            .merge(summary.status(), 1L, Long::sum);
      }
    }
    return Portfolio.of(counts);
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }

  @Override
  public AuditReport verifyAll(AuditProgress progress) {
    List<String> ids = new ArrayList<>(processes.keySet());
    ids.sort(Comparator.naturalOrder());
    List<BrokenChain> broken = new ArrayList<>();
    long checked = 0;
    for (String id : ids) {
      StoredProcess process = processes.get(id);
      if (process == null) {
        continue;
      }
      engine.check(this, process).ifPresent(failure -> broken.add(BrokenChain.of(failure)));
      checked++;
      progress.checked(checked, ids.size(), broken.size());
    }
    return AuditReport.of(checked, broken);
  }

  // Backend

  @Override
  public Optional<StoredProcess> read(String processId) {
    return Optional.ofNullable(processes.get(processId));
  }

  @Override
  public Optional<StoredProcess> head(String processId) {
    return read(processId)
        .map(
            process ->
                new StoredProcess(
                    process.summary(), process.chainKeyId(), process.salting(), List.of()));
  }

  @Override
  public OptionalLong commit(Change change) {
    synchronized (lock) {
      StoredProcess current = processes.get(change.processId());
      long version = current == null ? 0 : current.summary().version();
      if (version != change.expectedVersion()) {
        return OptionalLong.of(version);
      }
      List<StoredEntry> entries = new ArrayList<>();
      if (current != null) {
        for (StoredEntry entry : current.entries()) {
          byte[] bytes = change.rewritten().get(entry.sequence());
          entries.add(
              bytes == null ? entry : new StoredEntry(entry.sequence(), bytes, entry.digest()));
        }
      }
      entries.addAll(change.appended());
      processes.put(
          change.processId(),
          new StoredProcess(
              change.summary(),
              change.chainKeyId(),
              change.salting(),
              ImmutableList.copyOf(entries)));
      outbox.add(change.effects());
      return OptionalLong.empty();
    }
  }

  /** For a test that plays the part of someone editing the rows behind the store's back. */
  public void replaceRows(StoredProcess process) {
    synchronized (lock) {
      processes.put(process.summary().id(), process);
    }
  }

  private static String key(String id, int version) {
    return version + ":" + id;
  }
}
