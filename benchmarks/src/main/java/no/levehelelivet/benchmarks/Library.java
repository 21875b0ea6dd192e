package no.levehelelivet.benchmarks;

import java.time.Clock;
import no.levehelelivet.benchmarks.rivals.SpringStatemachineWork;
import no.levehelelivet.benchmarks.rivals.SquirrelWork;
import no.levehelelivet.benchmarks.rivals.Stateless4jWork;

/** The contenders: our engine and the libraries users would pick instead. The JMH parameter. */
public enum Library {
  LEVEHELELIVET {
    @Override
    public ProcessWork create(Clock clock) {
      return new LeveHeleLivetWork(clock);
    }
  },
  STATELESS4J {
    @Override
    public ProcessWork create(Clock clock) {
      return new Stateless4jWork(clock);
    }
  },
  SQUIRREL {
    @Override
    public ProcessWork create(Clock clock) {
      return new SquirrelWork(clock);
    }
  },
  SPRING_STATEMACHINE {
    @Override
    public ProcessWork create(Clock clock) {
      return new SpringStatemachineWork(clock);
    }
  };

  /** Creates the adapter, compiling the standard process as far as the library allows. */
  public abstract ProcessWork create(Clock clock);
}
