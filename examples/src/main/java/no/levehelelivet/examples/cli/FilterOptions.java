package no.levehelelivet.examples.cli;

import java.time.LocalDate;
import no.levehelelivet.process.ProcessStatus;
import no.levehelelivet.store.ProcessQuery;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options that select stored processes (<i>utvalg</i>), each optional. */
final class FilterOptions {

  @Option(
      names = "--municipality",
      paramLabel = "NNNN",
      description = "Only the processes of the municipality with this kommunenummer.")
  @Nullable String municipality;

  @Option(
      names = "--phase",
      paramLabel = "PHASE",
      description = "Only the processes in this phase, such as mapping.")
  @Nullable String phase;

  @Option(
      names = "--status",
      paramLabel = "STATUS",
      converter = StatusConverter.class,
      description = "Only the processes with this status: active, paused, completed or abandoned.")
  @Nullable ProcessStatus status;

  @Option(
      names = "--overdue-on",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description = "Only the processes with a deadline before this day, such as 2026-11-24.")
  @Nullable LocalDate overdueOn;

  /**
   * The query with these filters; a kommunenummer that is not four digits is the library's {@code
   * LHL-A-001}, a usage error.
   */
  ProcessQuery applyTo(ProcessQuery query) {
    ProcessQuery result = query;
    String number = municipality;
    if (number != null) {
      result = result.withMunicipality(number);
    }
    String code = phase;
    if (code != null) {
      result = result.withPhase(code);
    }
    ProcessStatus wanted = status;
    if (wanted != null) {
      result = result.withStatus(wanted);
    }
    LocalDate day = overdueOn;
    if (day != null) {
      result = result.withOverdueOn(day);
    }
    return result;
  }
}
