package no.levehelelivet.examples;

import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.Reason;
import no.levehelelivet.process.Verdict;
import no.levehelelivet.process.journal.JournalEntry;
import no.levehelelivet.store.Conflict;
import no.levehelelivet.store.Refused;
import no.levehelelivet.store.Saved;
import no.levehelelivet.store.StoreResult;

/**
 * Part of example 4: a caseworker (<i>saksbehandler</i>) at a screen of the case-management
 * service, run on a thread of its own so that two of them can race for the same process.
 *
 * <p>The caseworker opens the case, waits at {@code ready} until every caseworker in the race has
 * the case on screen, and saves one step on the version the screen shows. On a {@link Conflict} the
 * caseworker reloads, is shown what the others changed since, and either tries again on the new
 * version or gives up, when the step no longer makes sense on what is stored now.
 */
final class Caseworker implements Callable<Caseworker.Ending> {

  /** How many times a caseworker saves the same step before leaving it. */
  static final int MAX_ATTEMPTS = 3;

  private final String name;
  private final Actor actor;
  private final Intent intent;
  private final CaseService service;
  private final String caseNumber;
  private final CyclicBarrier ready;
  private final PrintStream out;

  Caseworker(
      String name,
      Actor actor,
      Intent intent,
      CaseService service,
      String caseNumber,
      CyclicBarrier ready,
      PrintStream out) {
    this.name = name;
    this.actor = actor;
    this.intent = intent;
    this.service = service;
    this.caseNumber = caseNumber;
    this.ready = ready;
    this.out = out;
  }

  /** How a caseworker's step ended, and after how many conflicts. */
  record Ending(String caseworker, Kind kind, int conflicts) {}

  /** The ways a step ends. */
  enum Kind {
    /** Saved. */
    SAVED,
    /** The engine refused it. */
    REFUSED,
    /** Left after a conflict, because it no longer made sense or kept conflicting. */
    GAVE_UP
  }

  @Override
  public Ending call() throws InterruptedException, BrokenBarrierException, TimeoutException {
    CaseService.CaseScreen screen = service.screen(caseNumber);
    say(
        "opens case "
            + caseNumber
            + ": process version "
            + screen.process().version()
            + ", phase "
            + screen.process().phase());
    // Both screens show the same version before either caseworker saves: the race is real.
    ready.await(30, TimeUnit.SECONDS);
    int conflicts = 0;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      say(intent.description() + " on version " + screen.process().version());
      StoreResult result = service.save(screen, intent.command(actor), actor);
      if (result instanceof Saved saved) {
        say("saved: the process is at version " + saved.version());
        return new Ending(name, Kind.SAVED, conflicts);
      }
      if (result instanceof Refused refused) {
        say("refused: " + reasons(refused.reasons()));
        return new Ending(name, Kind.REFUSED, conflicts);
      }
      Conflict conflict = (Conflict) result;
      conflicts++;
      say(
          "conflict: the step was made on version "
              + conflict.expectedVersion()
              + ", but version "
              + conflict.currentVersion()
              + " is stored; nothing of it was saved");
      CaseService.CaseScreen now = service.screen(caseNumber);
      say("reloads version " + now.process().version() + "; what changed meanwhile:");
      for (JournalEntry entry : now.process().journal().entries()) {
        if (entry.sequence() > screen.process().version()) {
          say("  " + changed(entry));
        }
      }
      Optional<String> pointless = intent.pointlessOn(screen.process(), now.process(), actor);
      if (pointless.isPresent()) {
        say("gives up: " + pointless.get());
        return new Ending(name, Kind.GAVE_UP, conflicts);
      }
      say("the step still makes sense, and is tried again");
      screen = now;
    }
    say("gives up after " + MAX_ATTEMPTS + " conflicts");
    return new Ending(name, Kind.GAVE_UP, conflicts);
  }

  private void say(String line) {
    out.println("  [" + name + "] " + line);
  }

  private static String changed(JournalEntry entry) {
    StringBuilder line =
        new StringBuilder("version ")
            .append(entry.sequence())
            .append(": ")
            .append(entry.actorId())
            .append(' ')
            .append(entry.trigger());
    entry.criterion().ifPresent(criterion -> line.append(' ').append(criterion));
    if (!entry.fromPhase().equals(entry.toPhase())) {
      line.append(", ").append(entry.fromPhase()).append(" -> ").append(entry.toPhase());
    }
    if (!entry.evidence().isEmpty()) {
      line.append(" (evidence ").append(String.join(", ", entry.evidence())).append(')');
    }
    return line.toString();
  }

  static String reasons(Iterable<Reason> reasons) {
    StringBuilder all = new StringBuilder();
    for (Reason reason : reasons) {
      all.append(all.length() == 0 ? "" : "; ").append(reason.message());
    }
    return all.toString();
  }

  /**
   * What a caseworker means to do (<i>hensikt</i>): the command, and when it no longer makes sense
   * on what another caseworker stored meanwhile.
   */
  interface Intent {

    /** What the caseworker does, as the story tells it. */
    String description();

    /** The command that does it. */
    Command command(Actor actor);

    /**
     * Why the step makes no sense on {@code now} when it was made on {@code seen}, or empty if it
     * still does.
     */
    Optional<String> pointlessOn(ProcessInstance seen, ProcessInstance now, Actor actor);

    /** Recording that {@code criterion} is met, pointless once someone else has recorded it. */
    static Intent record(String criterion, String evidence) {
      return new Intent() {
        @Override
        public String description() {
          return "records " + criterion + " (evidence " + evidence + ")";
        }

        @Override
        public Command command(Actor actor) {
          return Command.recordCriterion(criterion, actor, evidence);
        }

        @Override
        public Optional<String> pointlessOn(
            ProcessInstance seen, ProcessInstance now, Actor actor) {
          return now.recordOf(criterion)
              .map(record -> criterion + " is recorded already")
              .or(() -> refusal(now, actor, command(actor).trigger()));
        }
      };
    }

    /** Moving the process on with {@code trigger}, pointless once it has left the phase seen. */
    static Intent move(String trigger) {
      return new Intent() {
        @Override
        public String description() {
          return "presses " + trigger;
        }

        @Override
        public Command command(Actor actor) {
          return Command.of(trigger, actor);
        }

        @Override
        public Optional<String> pointlessOn(
            ProcessInstance seen, ProcessInstance now, Actor actor) {
          if (!now.phase().equals(seen.phase())) {
            return Optional.of(
                "the process has moved from " + seen.phase() + " to " + now.phase() + " already");
          }
          return refusal(now, actor, trigger);
        }
      };
    }

    /** The engine's reasons against {@code trigger} on {@code now}, if it would refuse it. */
    private static Optional<String> refusal(ProcessInstance now, Actor actor, String trigger) {
      return now.verdicts(actor).stream()
          .filter(verdict -> verdict.trigger().code().equals(trigger))
          .filter(verdict -> !verdict.isAllowed())
          .map(Verdict::reasons)
          .map(reasons -> reasons.stream().map(Reason::message).collect(Collectors.joining("; ")))
          .findFirst();
    }
  }
}
