package no.levehelelivet.examples.cli;

import biweekly.Biweekly;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.plan.ActivityPlan;
import no.levehelelivet.examples.ActivityPlanCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code levehelelivet calendar PLAN_FILE --out FILE.ics}: an activity plan as a calendar. */
@Command(
    name = "calendar",
    mixinStandardHelpOptions = true,
    description =
        "Export an activity plan document as an iCalendar file (RFC 5545) that Outlook and Teams"
            + " can import.")
final class CalendarCommand implements Runnable {

  private final CliContext context;

  @Parameters(paramLabel = "PLAN_FILE", description = "An activity-plan document (JSON or YAML).")
  Path plan = Path.of("");

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE.ics",
      description = "Where to write.")
  Path out = Path.of("");

  @Option(
      names = "--lang",
      defaultValue = "nb",
      converter = LanguageConverter.class,
      paramLabel = "LANG",
      description =
          "Language of format names in event descriptions, and of problems (default:"
              + " ${DEFAULT-VALUE}).")
  Language language = Language.BOKMAL;

  CalendarCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public void run() {
    ActivityPlan activityPlan = context.files(language).readOrFail(plan, ActivityPlan.class);
    String ics =
        Biweekly.write(
                ActivityPlanCalendar.toCalendar(activityPlan, context.clock().instant(), language))
            .go();
    DocumentFiles.writeAtomically(out, ics.getBytes(StandardCharsets.UTF_8));
    context
        .out()
        .println(
            activityPlan.sessions().size()
                + " sessions of "
                + activityPlan.code()
                + " written to "
                + out);
  }
}
