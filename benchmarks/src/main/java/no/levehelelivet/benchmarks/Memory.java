package no.levehelelivet.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.jol.info.GraphLayout;

/**
 * Retained memory of one process, per contender, measured with JOL: what one process holds that a
 * second process built the same way does not share. That leaves out the definition (ours), the
 * config, builder or factory (theirs), and the strings and commands every process shares with the
 * definition and the script; it keeps the library's machine, our ledger or our instance, and the
 * entries with their own instants.
 */
final class Memory {

  /** The measured footprint of one contender. */
  record Footprint(Library library, long newProcess, long hundredEntries) {

    /** Bytes per entry beyond the first: (100 entries − 1 entry) / 99. */
    double perEntry() {
      return (hundredEntries - newProcess) / 99.0;
    }
  }

  private Memory() {}

  /** Measures every contender. */
  static List<Footprint> measure() {
    List<Footprint> footprints = new ArrayList<>();
    for (Library library : Library.values()) {
      ProcessWork work = library.create(new SteppingClock());
      footprints.add(new Footprint(library, retained(work, 1), retained(work, 100)));
    }
    return footprints;
  }

  /**
   * What a process of {@code entries} entries holds alone: the graph of it and a twin together,
   * less the graph of the twin.
   */
  private static long retained(ProcessWork work, int entries) {
    Object[] process = work.process(entries);
    Object[] twin = work.process(entries);
    Object[] both = new Object[process.length + twin.length];
    System.arraycopy(process, 0, both, 0, process.length);
    System.arraycopy(twin, 0, both, process.length, twin.length);
    return GraphLayout.parseInstance(both).totalSize()
        - GraphLayout.parseInstance(twin).totalSize();
  }

  /** The prefix of each line {@link #main} prints. */
  static final String LINE = "footprint\t";

  /**
   * Prints one line per contender: prefix, library, new process, 100 entries. JOL needs {@code
   * -Djol.magicFieldOffset=true} (records) and {@code -Djdk.attach.allowAttachSelf=true}; {@link
   * Run} starts this in a JVM of its own with both.
   */
  public static void main(String[] args) {
    for (Footprint footprint : measure()) {
      System.out.println(
          LINE
              + footprint.library().name()
              + '\t'
              + footprint.newProcess()
              + '\t'
              + footprint.hundredEntries());
    }
  }
}
