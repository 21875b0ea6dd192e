package no.levehelelivet.examples.cli;

import no.levehelelivet.process.ProcessStatus;
import picocli.CommandLine.ITypeConverter;

/** Reads a {@code --status} value by its code: {@code active}, {@code paused}, and so on. */
final class StatusConverter implements ITypeConverter<ProcessStatus> {

  @Override
  public ProcessStatus convert(String value) {
    StringBuilder valid = new StringBuilder();
    for (ProcessStatus status : ProcessStatus.values()) {
      if (status.code().equals(value)) {
        return status;
      }
      valid.append(valid.length() == 0 ? "" : ", ").append(status.code());
    }
    throw new ValueHint("use one of " + valid);
  }
}
