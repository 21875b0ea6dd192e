package no.levehelelivet.examples.cli;

import java.time.Duration;
import java.util.List;
import no.levehelelivet.store.Outbox;
import no.levehelelivet.store.OutboxEffect;
import no.levehelelivet.store.PendingEffect;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code levehelelivet outbox}: the effects of stored steps not yet delivered (<i>utboks</i>); with
 * {@code run}, claims them, prints them and marks them delivered, a stand-in for the host's
 * notification sender.
 */
@Command(
    name = "outbox",
    mixinStandardHelpOptions = true,
    description = {
      "Show how many effects of stored steps wait in the outbox of the database of --db, and the"
          + " first of them: idempotency key, kind and attempts so far.",
      "outbox run delivers them: it claims them, prints each and marks it complete."
    },
    subcommands = OutboxCommand.Run.class)
final class OutboxCommand implements Runnable {

  /** The most pending effects listed; the store shows at most this many at a time. */
  static final int MOST_SHOWN = 10_000;

  private final CliContext context;

  @Mixin DatabaseOptions database = new DatabaseOptions();

  @Option(
      names = "--limit",
      defaultValue = "100",
      paramLabel = "N",
      description = "Show at most N effects (default: ${DEFAULT-VALUE}).")
  int limit = 100;

  @Mixin LanguageOption lang = new LanguageOption();

  OutboxCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public void run() {
    if (limit < 1) {
      throw CliException.usage(
          CliCode.INVALID_VALUE,
          "--limit " + Echo.quote(String.valueOf(limit)) + "; use 1 or more");
    }
    try (Database db = database.open(context, "the database of the outbox")) {
      long pending = db.store().outbox().pending();
      context
          .out()
          .println(pending + (pending == 1 ? " effect is pending" : " effects are pending"));
      for (PendingEffect effect : db.store().outbox().pending(Math.min(limit, MOST_SHOWN))) {
        context
            .out()
            .println(
                "  "
                    + effect.idempotencyKey()
                    + "  "
                    + effect.effect().kind()
                    + "  attempts: "
                    + effect.attempts()
                    + effect
                        .lastError()
                        .map(error -> "  last error: " + Echo.cut(Failures.oneLine(error)))
                        .orElse(""));
      }
    }
  }

  /** {@code levehelelivet outbox run}: delivers every pending effect by printing it. */
  @Command(
      name = "run",
      mixinStandardHelpOptions = true,
      description =
          "Claim the pending effects of the outbox of the database of --db, print each (the"
              + " stand-in for a notification sender) and mark it complete, until none is left"
              + " that may be delivered now.")
  static final class Run implements Runnable {

    /** How long a claim holds its effects before another may take them. */
    private static final Duration LEASE = Duration.ofMinutes(5);

    /** How many effects one claim takes. */
    private static final int BATCH = 100;

    private final CliContext context;

    @Mixin DatabaseOptions database = new DatabaseOptions();

    @Mixin LanguageOption lang = new LanguageOption();

    Run(CliContext context) {
      this.context = context;
    }

    @Override
    public void run() {
      try (Database db = database.open(context, "the database of the outbox")) {
        Outbox outbox = db.store().outbox();
        long delivered = 0;
        while (true) {
          List<OutboxEffect> claimed = outbox.claim(BATCH, LEASE);
          if (claimed.isEmpty()) {
            break;
          }
          for (OutboxEffect effect : claimed) {
            context.out().println("delivered " + effect.idempotencyKey() + ": " + effect.effect());
            if (outbox.complete(effect)) {
              delivered++;
            } else {
              context.out().println("  its lease ran out first; another claim delivers it again");
            }
          }
        }
        long left = outbox.pending();
        context
            .out()
            .println(
                delivered
                    + (delivered == 1 ? " effect delivered, " : " effects delivered, ")
                    + left
                    + " pending");
      }
    }
  }
}
