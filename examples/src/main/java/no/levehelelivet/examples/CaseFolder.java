package no.levehelelivet.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.Outcome;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.Verdict;
import no.levehelelivet.serialization.ReadMode;
import no.levehelelivet.serialization.WireCodec;

/**
 * Part of example 4: how a case-management system might keep processes — one JSON document per
 * process in a folder, written atomically — using only the library's public API.
 *
 * <p>Every change reads the stored process, fires the command (which carries the version the
 * caseworker saw) and, only if it is accepted, writes the new document through a temporary file
 * renamed over the old one, under a lock, so two caseworkers can never overwrite each other: the
 * second one's command is refused as stale. A refusal or a failure leaves the stored document as it
 * was. The host runs an accepted outcome's effects (notifications, deadlines) after the save.
 */
public final class CaseFolder {

  private final Path folder;
  private final WireCodec codec;
  private final Clock clock;

  /**
   * A folder of processes.
   *
   * @param folder where the documents are kept
   * @param definitions the tailored definitions the processes may run on (the standard one is
   *     always known)
   * @param clock the time accepted steps are journaled at
   */
  public CaseFolder(Path folder, List<ProcessDefinition> definitions, Clock clock) {
    this.folder = folder;
    WireCodec.Builder builder = WireCodec.builder();
    definitions.forEach(builder::definition);
    this.codec = builder.build();
    this.clock = clock;
  }

  /** Creates a process on the standard definition; fails if one with that id exists. */
  public ProcessInstance create(String id, Municipality municipality, Actor starter) {
    ProcessInstance process =
        ProcessInstance.start(ProcessDefinition.standard(), id, municipality, starter, clock);
    Path file = file(id);
    try {
      Files.write(file, codec.writeBytes(process), StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException e) {
      throw new IllegalStateException("process " + id + " exists already", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return process;
  }

  /** Loads a stored process; a document that is invalid or tampered with is refused. */
  public ProcessInstance load(String id) {
    try {
      return codec
          .read(Files.readAllBytes(file(id)), ProcessInstance.class, ReadMode.STRICT)
          .orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a caseworker may do now: every trigger with its verdict, for enabling buttons. */
  public List<Verdict> triggers(String id, Actor caseworker) {
    return load(id).verdicts(caseworker);
  }

  /**
   * Applies a command to the stored process and saves the result if it is accepted. The command
   * should carry the version the caseworker saw ({@link Command#withExpectedVersion(long)}).
   */
  public Outcome apply(String id, Command command) {
    Path lockFile = folder.resolve(id + ".lock");
    try (FileChannel channel =
        FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      FileLock lock = channel.lock();
      try {
        Outcome outcome = load(id).fire(command, clock);
        if (outcome.isAccepted()) {
          save(id, outcome.instance());
        }
        return outcome;
      } finally {
        lock.release();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void save(String id, ProcessInstance process) throws IOException {
    Path target = file(id);
    Path temporary = Files.createTempFile(folder, "." + id, ".tmp");
    try {
      Files.write(temporary, codec.writeBytes(process));
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** The document of a process. */
  public Path file(String id) {
    return folder.resolve(id + ".json");
  }
}
