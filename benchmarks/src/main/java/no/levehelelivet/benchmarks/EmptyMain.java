package no.levehelelivet.benchmarks;

/**
 * A {@code main} that does nothing: the floor of {@link CommandLineBenchmark}, what the JVM takes
 * to start and end with the command's flags and jar. It runs from a folder of its own after the jar
 * on the class path, so the shipped jar holds nothing for it.
 */
public final class EmptyMain {

  private EmptyMain() {}

  /** Returns at once. */
  public static void main(String[] args) {
    // Nothing: the JVM's own start and end is what is measured.
  }
}
