package no.levehelelivet.store;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.util.Collection;
import java.util.Optional;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;

/**
 * The process store (<i>prosesslager</i>): every municipality's change process kept durably, its
 * journal one entry at a time.
 *
 * <pre>{@code
 * ProcessStore store = ...;
 * store.create(ProcessInstance.start("vefsn-lhl-1", vefsn, ProcessDefinition.standard(), clock));
 * StoreResult result = store.apply("vefsn-lhl-1", Command.of(Trigger.MAP, lead), clock);
 * }</pre>
 *
 * <p>{@link #apply} loads the process, fires the command and, if the engine accepts it, appends the
 * new entry, updates the process's summary and writes the step's effects to the {@linkplain
 * #outbox() outbox}, in one transaction: after a crash the stored process is the last committed
 * one, and no effect of an uncommitted step is ever handed out. Two writers that race for the same
 * process never lose a step: the one that commits second gets a {@link Conflict} and retries.
 * Loading checks the stored chain against the head digest kept for the process (and with the chain
 * key, if the chain is sealed) before it replays the journal. To write a step, the store may use
 * the instance it last loaded or saved itself instead, while the summary row, head digest and
 * version included, still matches it (see {@link StoreOptions#cacheBytes()}); {@link #load}, {@link
 * #asOf} and {@link #verifyAll} always check every row.
 *
 * <p>Definitions are kept once by id, version and digest; {@link #create} registers the process's
 * own. A process whose journal is sealed or salted stays so: the store seals the entries it appends
 * under the chain key with the id the process was sealed under, and salts their texts, so that they
 * can be redacted later.
 *
 * <p>Thread-safe.
 */
public interface ProcessStore {

  /**
   * {@return a store that keeps processes in memory only (<i>minnelager</i>), for tests and trials;
   * it behaves as a database store does, down to the conflicts and the outbox, and keeps every
   * entry in the same bytes, so a process loads back as a database store would give it}
   */
  static ProcessStore inMemory() {
    return StoreOptions.defaults().inMemory();
  }

  /**
   * Keeps {@code definition} (<i>registrere</i>) so that processes on it can be created and loaded;
   * a definition already kept with the same digest is left as it is.
   *
   * @param definition the definition to keep
   * @throws StoreException ({@code LHL-L-007}) if another definition with its id and version is
   *     kept; ({@code LHL-L-900}) if the database fails
   */
  void register(ProcessDefinition definition);

  /**
   * {@return the definition kept with this id and version, if any}
   *
   * @param id the definition's id
   * @param version the definition's version
   * @throws StoreException ({@code LHL-L-900}) if the database fails
   */
  Optional<ProcessDefinition> definition(String id, int version);

  /**
   * {@return every definition kept (<i>registrerte definisjoner</i>), in order of id, then version:
   * those registered and those of the processes created}
   *
   * @throws StoreException ({@code LHL-L-006}) if a kept definition cannot be read back; ({@code
   *     LHL-L-900}) if the database fails
   */
  ImmutableList<ProcessDefinition> definitions();

  /**
   * Stores a new process (<i>opprette</i>), with every entry of its journal, and registers its
   * definition.
   *
   * @param instance the new process, as {@link ProcessInstance#start} made it or as it stands after
   *     some steps
   * @return {@link Saved}, or a {@link Conflict} if a process with the id is already stored
   * @throws StoreException ({@code LHL-L-007}) if another definition with its definition's id and
   *     version is kept; ({@code LHL-L-010}) if it is sealed under a chain key the store was not
   *     given; ({@code LHL-L-011}) if it was replayed onto another definition; ({@code LHL-L-900})
   *     if the database fails
   * @throws no.levehelelivet.core.InvalidValueException ({@code LHL-A-001}) if the municipality's
   *     name holds a NUL character, which a database's text column cannot hold
   */
  StoreResult create(ProcessInstance instance);

  /**
   * {@return the stored process (<i>laste</i>), its chain checked and its journal replayed}
   *
   * @param id the id of the process
   * @throws StoreException ({@code LHL-L-001}) if no process has the id; ({@code LHL-L-002} to
   *     {@code LHL-L-006}, {@code LHL-L-010}, {@code LHL-L-012}) if its stored rows do not hold,
   *     naming the entry; ({@code LHL-L-900}) if the database fails
   */
  ProcessInstance load(String id);

  /**
   * {@return the stored process, as {@link #load}, or empty if no process has the id}
   *
   * @param id the id of the process
   * @throws StoreException as {@link #load}, except for {@code LHL-L-001}
   */
  Optional<ProcessInstance> find(String id);

  /**
   * {@return the stored process as it was after the entry with this sequence number
   * (<i>historikk</i>): the whole stored chain checked, then the journal up to that entry replayed}
   *
   * @param id the id of the process
   * @param sequence the sequence number of the last entry to replay
   * @throws StoreException as {@link #load}
   * @throws no.levehelelivet.core.InvalidValueException ({@code LHL-A-001}) if the sequence number
   *     is not that of a stored entry
   */
  ProcessInstance asOf(String id, long sequence);

  /**
   * Fires {@code command} on the stored process at {@code clock}'s time (<i>utføre</i>) and, if the
   * engine accepts it, stores the step in one transaction.
   *
   * @param id the id of the process
   * @param command what the actor asks the process to do
   * @param clock the clock whose instant stamps the journal entry
   * @return {@link Saved}; {@link Refused} if the engine refuses the command; {@link Conflict} if
   *     the command's expected version is not the stored one, or another writer stored a step
   *     between this one's load and commit
   * @throws StoreException as {@link #load}
   */
  StoreResult apply(String id, Command command, Clock clock);

  /**
   * Redacts the free texts of entries of the stored process (<i>sladde</i>), as {@link
   * ProcessInstance#redact} does, and stores it: the redacted entries' rows lose their texts,
   * keeping their digests, and the redaction is appended as an entry of its own. The only change a
   * stored entry ever undergoes.
   *
   * @param id the id of the process
   * @param actor who redacts; must act as the process lead
   * @param reason why the entries are redacted, kept as the redact entry's note; not blank
   * @param sequences the sequence numbers of the entries to redact
   * @param clock the clock whose instant stamps the redact entry
   * @return {@link Saved}, or a {@link Conflict} if another writer stored a step meanwhile
   * @throws StoreException as {@link #load}
   * @throws no.levehelelivet.core.InvalidValueException as {@link ProcessInstance#redact}
   */
  StoreResult redact(
      String id, Actor actor, String reason, Collection<Long> sequences, Clock clock);

  /**
   * {@return the summary of the stored process, read from its summary row without replaying, if
   * any}
   *
   * @param id the id of the process
   * @throws StoreException ({@code LHL-L-900}) if the database fails
   */
  Optional<ProcessSummary> summary(String id);

  /**
   * {@return one page of the stored processes that {@code query} selects, from their summary rows}
   *
   * @param query the filters, the start and the size of the page
   * @throws StoreException ({@code LHL-L-900}) if the database fails
   */
  ProcessPage processes(ProcessQuery query);

  /**
   * {@return how many of the processes that {@code query}'s filters select are in each phase with
   * each status; its paging is ignored}
   *
   * @param query the filters that select the processes to count
   * @throws StoreException ({@code LHL-L-900}) if the database fails
   */
  Portfolio portfolio(ProcessQuery query);

  /** {@return the outbox of the effects of the stored steps} */
  Outbox outbox();

  /**
   * Checks the chain of every stored process (<i>revisjon</i>) and reports each that does not hold,
   * telling {@code progress} after each process.
   *
   * @param progress told after each process how many were checked, of how many, and how many were
   *     broken; {@link AuditProgress#NONE} to be told nothing
   * @return how many processes were checked, and every one whose chain does not hold
   * @throws StoreException ({@code LHL-L-900}) if the database fails
   */
  AuditReport verifyAll(AuditProgress progress);
}
