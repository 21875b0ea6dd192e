package no.levehelelivet.benchmarks;

import java.sql.SQLException;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.journal.Journal;
import no.levehelelivet.process.journal.JournalCodec;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One writer of the bare-JDBC baseline, a thread's own: it inserts the rows of a process of its
 * own, one row per call, each holding the very bytes the store writes for the cycle's commands (the
 * encoded begin-planning and revisit entries, in turn, and their 32-byte digests).
 */
@State(Scope.Thread)
public class PlainWriter {

  private String id = "";
  private long sequence;
  private byte[][] entries = new byte[0][];
  private byte[][] digests = new byte[0][];

  /** Encodes the two entries the store's writer appends, as the store does. */
  @Setup(Level.Trial)
  public void encode(StoreDatabase database) {
    id = database.freshId("plain");
    ProcessInstance mapping =
        StoreDatabase.walked(database.freshId("apply"), LeveHeleLivetWork.TO_MAPPING);
    ProcessInstance planning =
        mapping.fire(LeveHeleLivetWork.BEGIN_PLANNING, Fixtures.CLOCK).instance();
    ProcessInstance revisited =
        planning.fire(LeveHeleLivetWork.REVISIT_MAPPING, Fixtures.CLOCK).instance();
    if (revisited.version() != mapping.version() + 2) {
      throw new IllegalStateException("the cycle's commands were not both accepted");
    }
    Journal journal = revisited.journal();
    long first = mapping.version() + 1;
    entries =
        new byte[][] {
          JournalCodec.writeEntry(journal.entry(first)),
          JournalCodec.writeEntry(journal.entry(first + 1))
        };
    digests = new byte[][] {journal.digest(first).bytes(), journal.digest(first + 1).bytes()};
  }

  /** Inserts the next row and commits it: one call, one transaction. */
  void insert(StoreDatabase database) throws SQLException {
    int turn = (int) (sequence % 2);
    sequence++;
    database.plain().insert(id, sequence, entries[turn], digests[turn]);
  }
}
