package no.levehelelivet.examples.cli;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import no.levehelelivet.process.Phase;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessStatus;
import no.levehelelivet.store.Portfolio;
import no.levehelelivet.store.ProcessQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * {@code levehelelivet portfolio}: how many processes of a database are in each phase with each
 * status (<i>portefølje</i>), read from their summary rows.
 */
@Command(
    name = "portfolio",
    mixinStandardHelpOptions = true,
    description =
        "Count the processes kept in the database of --db in each phase with each status: a"
            + " table in text, an object in JSON. Phases of the standard process come in its order,"
            + " any others after them by code.")
final class PortfolioCommand implements Runnable {

  private final CliContext context;

  @Mixin DatabaseOptions database = new DatabaseOptions();

  @Mixin FilterOptions filters = new FilterOptions();

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.text;

  @Mixin LanguageOption lang = new LanguageOption();

  PortfolioCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public void run() {
    Portfolio portfolio;
    try (Database db = database.openToRead(context, "the database to count")) {
      portfolio = db.store().portfolio(filters.applyTo(ProcessQuery.all()));
    }
    List<String> phases = phases(portfolio);
    if (format == OutputFormat.json) {
      context.out().println(json(portfolio, phases));
      return;
    }
    List<String[]> rows = new ArrayList<>();
    List<String> heading = new ArrayList<>(List.of("phase"));
    for (ProcessStatus status : ProcessStatus.values()) {
      heading.add(status.code());
    }
    heading.add("total");
    rows.add(heading.toArray(new String[0]));
    for (String phase : phases) {
      List<String> row = new ArrayList<>(List.of(phase));
      for (ProcessStatus status : ProcessStatus.values()) {
        row.add(String.valueOf(portfolio.count(phase, status)));
      }
      row.add(String.valueOf(portfolio.count(phase)));
      rows.add(row.toArray(new String[0]));
    }
    List<String> total = new ArrayList<>(List.of("total"));
    for (ProcessStatus status : ProcessStatus.values()) {
      total.add(String.valueOf(portfolio.count(status)));
    }
    total.add(String.valueOf(portfolio.total()));
    rows.add(total.toArray(new String[0]));
    Table.print(rows, context.out());
  }

  /** The phases with processes: the standard process's in its order, then others by code. */
  private static List<String> phases(Portfolio portfolio) {
    List<String> phases = new ArrayList<>();
    for (Phase phase : ProcessDefinition.standard().phases()) {
      if (portfolio.counts().containsKey(phase.code())) {
        phases.add(phase.code());
      }
    }
    for (String phase : portfolio.counts().keySet()) {
      if (!phases.contains(phase)) {
        phases.add(phase);
      }
    }
    return phases;
  }

  private static String json(Portfolio portfolio, List<String> phases) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(ObjectWriteContext.empty(), text)) {
      json.writeStartObject();
      json.writeNumberProperty("total", portfolio.total());
      json.writeArrayPropertyStart("phases");
      for (String phase : phases) {
        json.writeStartObject();
        json.writeStringProperty("phase", phase);
        json.writeNumberProperty("total", portfolio.count(phase));
        json.writeObjectPropertyStart("statuses");
        for (ProcessStatus status : ProcessStatus.values()) {
          json.writeNumberProperty(status.code(), portfolio.count(phase, status));
        }
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeObjectPropertyStart("statuses");
      for (ProcessStatus status : ProcessStatus.values()) {
        json.writeNumberProperty(status.code(), portfolio.count(status));
      }
      json.writeEndObject();
      json.writeEndObject();
    }
    return text.toString();
  }
}
