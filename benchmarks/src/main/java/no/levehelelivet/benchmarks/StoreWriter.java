package no.levehelelivet.benchmarks;

import no.levehelelivet.process.Command;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.store.StoreResult;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One writer of the store benchmarks, a thread's own: it applies the cycle's commands
 * (begin-planning with its three criteria, then a revisit to mapping with a note, in turn, each
 * accepted) to a process of its own, and moves to a fresh process every {@value #PER_PROCESS}
 * commands.
 *
 * <p>Why a fresh process: the journal of a process that took every command of a run would grow to
 * tens of thousands of entries, and what {@code apply} costs then is not a write's cost. The store
 * keeps the instances it last created, loaded or saved, so a step normally reads the summary row
 * alone; but on a miss (another node wrote the process, or the cache dropped it) it reads, checks
 * and replays the whole journal, and even on a hit the instance in memory grows. A fresh process
 * starts in mapping with 8 entries (started, the three criteria of initiation, begin-mapping and
 * the three criteria of mapping), so every measured apply works on a journal of 8 to 19 entries,
 * about the length of one walk through every phase (19). The fresh process is stored by an
 * invocation-level setup, outside the measured time, in a transaction (and on PostgreSQL an fsync)
 * of its own: one for every {@value #PER_PROCESS} measured applies.
 */
@State(Scope.Thread)
public class StoreWriter {

  /** Commands applied to one process before the writer moves to a fresh one. */
  static final int PER_PROCESS = 12;

  private String id = "";
  private int applied;

  /** Stores a fresh process in mapping when the current one has had its commands (not measured). */
  @Setup(Level.Invocation)
  public void freshProcessIfDue(StoreDatabase database) {
    if (applied % PER_PROCESS == 0) {
      String fresh = database.freshId("apply");
      ProcessInstance instance = StoreDatabase.walked(fresh, LeveHeleLivetWork.TO_MAPPING);
      if (instance.version() != 8) {
        throw new IllegalStateException("a fresh process has " + instance.version() + " entries");
      }
      StoreDatabase.requireSaved(database.store().create(instance));
      id = fresh;
    }
  }

  /** Applies the cycle's next command to the writer's process: one call, one transaction. */
  StoreResult apply(StoreDatabase database) {
    Command command =
        applied % 2 == 0 ? LeveHeleLivetWork.BEGIN_PLANNING : LeveHeleLivetWork.REVISIT_MAPPING;
    applied++;
    StoreResult result = database.store().apply(id, command, Fixtures.CLOCK);
    StoreDatabase.requireSaved(result);
    return result;
  }
}
