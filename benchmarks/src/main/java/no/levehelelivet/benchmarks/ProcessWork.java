package no.levehelelivet.benchmarks;

/**
 * The work every contender does, whatever library it uses: our engine, stateless4j,
 * squirrel-foundation or Spring Statemachine, each configured with the standard process's phases,
 * triggers and one guard per transition. One adapter per library; the benchmarks choose the library
 * with a JMH {@code @Param} (see {@link Library}), so every contender runs the same code around the
 * same calls.
 *
 * <p>An adapter compiles what its library lets it compile once (our definition, stateless4j's
 * config, squirrel's builder, Spring's factory) when it is created. Its methods return what they
 * built so that the benchmark can hand it to a {@code Blackhole}. Not thread-safe.
 */
public interface ProcessWork {

  /** How many commands a {@link Cycle} fires before it starts again from a fresh process. */
  int CYCLE_RESET = 1000;

  /** The machine (or instance) for a new process: in start-up, active, its start recorded. */
  Object newProcess();

  /**
   * A new process walked through every phase to completed: 18 commands accepted (criteria recorded
   * and phases changed) and one rejected on the way (the plan adopted by the process lead instead
   * of the council).
   */
  Object walk();

  /**
   * A new process and its first command (recording the administrative anchoring); in a fresh JVM
   * after creating the adapter, this is the cold start.
   */
  Object firstCommand();

  /**
   * A process with {@code entries} recorded entries (the start, the criteria of start-up and
   * mapping, then alternately begin-planning and a revisit to mapping), for measuring its memory.
   *
   * @return the objects that make up the process: the library's machine and our ledger, or our
   *     instance
   */
  Object[] process(int entries);

  /**
   * A process in mapping with every criterion for begin-planning recorded, that fires
   * begin-planning and a revisit back to mapping in turn, each a guarded transition that is
   * recorded. Every {@value #CYCLE_RESET} commands it starts again from a fresh process, so that
   * neither our journal nor a rival's ledger grows without bound.
   */
  Cycle cycle();

  /**
   * Checks that the adapter does the specified work (the walk ends completed with 19 entries and
   * one rejection; the cycle alternates); the benchmarks call it once before measuring.
   *
   * @throws IllegalStateException if it does not
   */
  void check();

  /** A process firing the guarded transitions of {@link #cycle()} one at a time. */
  interface Cycle {

    /** Fires the next command: one guarded transition, recorded; returns what it produced. */
    Object fireNext();

    /** The code of the current phase, for checks. */
    String phase();
  }
}
