package no.levehelelivet.benchmarks;

import com.google.common.base.Splitter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What the run ran on: {@code java -version}, {@code nproc}, the CPU model, the load. */
record Machine(String javaVersion, String processors, String cpuModel) {

  /** Reads the machine the runner runs on, with the JVM the forks use. */
  static Machine current() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new Machine(output(List.of(java, "-version")), output(List.of("nproc")), readCpuModel());
  }

  /** The load averages from {@code /proc/loadavg} (1, 5 and 15 minutes), or "unknown". */
  static String load() {
    try {
      List<String> fields =
          Splitter.on(' ').splitToList(Files.readString(Path.of("/proc/loadavg")).trim());
      return fields.get(0) + ", " + fields.get(1) + ", " + fields.get(2);
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String readCpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
      return "unknown";
    } catch (IOException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }

  private static String output(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      try (InputStream in = process.getInputStream()) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        process.waitFor(30, TimeUnit.SECONDS);
        return text;
      }
    } catch (IOException e) {
      return "unknown (" + e.getMessage() + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown (interrupted)";
    }
  }
}
