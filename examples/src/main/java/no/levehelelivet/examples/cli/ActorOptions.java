package no.levehelelivet.examples.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.ProcessDefinition;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options that say who acts and when: {@code --actor}, {@code --role} and {@code --at}. */
final class ActorOptions {

  @Option(names = "--actor", required = true, paramLabel = "ID", description = "Who acts.")
  String actor = "";

  @Option(
      names = "--role",
      required = true,
      paramLabel = "R",
      description = "The actor's role code, for example process-lead or municipal-council.")
  String role = "";

  @Option(
      names = "--at",
      paramLabel = "INSTANT",
      converter = InstantConverter.class,
      description = "When it happened, ISO-8601 in UTC such as 2026-11-24T10:15:30Z; default: now.")
  @Nullable Instant at;

  /**
   * The actor, with the role looked up in the definition; an unknown role is a usage error with the
   * library's code.
   */
  Actor actor(ProcessDefinition definition) {
    return Actor.of(actor, definition.role(role));
  }

  /** The clock the command runs on: fixed at {@code --at}, or the context's. */
  Clock clock(CliContext context) {
    Instant instant = at;
    return instant == null ? context.clock() : Clock.fixed(instant, ZoneOffset.UTC);
  }
}
