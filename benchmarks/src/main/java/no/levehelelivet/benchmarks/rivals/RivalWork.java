package no.levehelelivet.benchmarks.rivals;

import java.time.Clock;
import no.levehelelivet.benchmarks.ProcessWork;

/**
 * What the three rival adapters share: the scripts and the checks. A subclass only says how its
 * library builds a machine and fires one command at it.
 */
public abstract class RivalWork implements ProcessWork {

  private final Clock clock;

  /** An adapter timing ledger entries by {@code clock}. */
  protected RivalWork(Clock clock) {
    this.clock = clock;
  }

  /**
   * A machine of the library, in start-up, around a process whose state beside it is {@code
   * ledger}.
   */
  protected abstract Machine newMachine(Ledger ledger);

  /** One library's machine for one process, with its ledger. */
  public interface Machine {

    /** Fires {@code cmd}; returns whether a guard let it through and the ledger recorded it. */
    boolean fire(Cmd cmd);

    /** The machine's current state. */
    Phase phase();

    /** The process's ledger. */
    Ledger ledger();

    /** The library's own machine object. */
    Object machine();
  }

  @Override
  public final Machine newProcess() {
    Ledger ledger = new Ledger(clock);
    Machine machine = newMachine(ledger);
    ledger.start(RivalModel.LEAD, Role.PROCESS_LEAD);
    return machine;
  }

  @Override
  public final Machine walk() {
    Machine machine = newProcess();
    for (Cmd cmd : RivalModel.WALK) {
      machine.fire(cmd);
    }
    return machine;
  }

  @Override
  public final Machine firstCommand() {
    Machine machine = newProcess();
    machine.fire(RivalModel.FIRST);
    return machine;
  }

  @Override
  public final Object[] process(int entries) {
    Machine machine = newProcess();
    if (entries > 1) {
      inMapping(machine);
      boolean planning = true;
      while (machine.ledger().size() < entries) {
        machine.fire(planning ? RivalModel.BEGIN_PLANNING : RivalModel.REVISIT_MAPPING);
        planning = !planning;
      }
    }
    return new Object[] {machine.machine(), machine.ledger()};
  }

  private Machine inMapping(Machine machine) {
    for (Cmd cmd : RivalModel.TO_MAPPING) {
      machine.fire(cmd);
    }
    return machine;
  }

  @Override
  public final Cycle cycle() {
    return new Cycle() {
      private Machine machine = inMapping(newProcess());
      private int fired;

      @Override
      public Object fireNext() {
        if (++fired > CYCLE_RESET) {
          machine = inMapping(newProcess());
          fired = 1;
        }
        return machine.fire(
            machine.phase() == Phase.MAPPING
                ? RivalModel.BEGIN_PLANNING
                : RivalModel.REVISIT_MAPPING);
      }

      @Override
      public String phase() {
        return machine.phase().name();
      }
    };
  }

  @Override
  public final void check() {
    Machine walked = newProcess();
    int rejected = 0;
    for (Cmd cmd : RivalModel.WALK) {
      if (!walked.fire(cmd)) {
        rejected++;
      }
    }
    require(walked.phase() == Phase.COMPLETED, "the walk ends in " + walked.phase());
    require(rejected == 1, "the walk had " + rejected + " rejected commands");
    require(walked.ledger().size() == 19, "the walk recorded " + walked.ledger().size());
    Cycle cycle = cycle();
    for (int i = 0; i < 2 * CYCLE_RESET + 2; i++) {
      String before = cycle.phase();
      cycle.fireNext();
      require(!before.equals(cycle.phase()), "the cycle stayed in " + before);
    }
    require(process(100).length == 2, "process(100)");
  }

  static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException("check failed: " + message);
    }
  }
}
