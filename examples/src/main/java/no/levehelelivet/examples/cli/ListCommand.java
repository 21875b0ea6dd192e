package no.levehelelivet.examples.cli;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.levehelelivet.store.ProcessPage;
import no.levehelelivet.store.ProcessQuery;
import no.levehelelivet.store.ProcessSummary;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * {@code levehelelivet list}: one page of the processes kept in a database, from their summary
 * rows, in order of id; the next page starts after the last id of this one.
 */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = {
      "List the processes kept in the database of --db, in order of id, a page at a time: each"
          + " with its municipality, phase, status, version, next deadline and last step.",
      "When more may follow, the listing ends with the --after ID that gives the next page."
    })
final class ListCommand implements Runnable {

  private final CliContext context;

  @Mixin DatabaseOptions database = new DatabaseOptions();

  @Mixin FilterOptions filters = new FilterOptions();

  @Option(
      names = "--limit",
      defaultValue = "100",
      paramLabel = "N",
      description = "At most N processes, from 1 to 10000 (default: ${DEFAULT-VALUE}).")
  int limit = ProcessQuery.DEFAULT_LIMIT;

  @Option(
      names = "--after",
      paramLabel = "ID",
      description = "Start after the process with this id: the next page of a listing.")
  @Nullable String after;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.text;

  @Mixin LanguageOption lang = new LanguageOption();

  ListCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public void run() {
    ProcessQuery query = filters.applyTo(ProcessQuery.all()).withLimit(limit);
    String start = after;
    if (start != null) {
      query = query.withAfter(start);
    }
    ProcessPage page;
    try (Database db = database.openToRead(context, "the database to list")) {
      page = db.store().processes(query);
    }
    Optional<String> next = page.next().flatMap(ProcessQuery::after);
    if (format == OutputFormat.json) {
      context.out().println(json(page, next.orElse(null)));
      return;
    }
    text(page, next.orElse(null));
  }

  private void text(ProcessPage page, @Nullable String next) {
    if (page.processes().isEmpty()) {
      context.out().println("no processes");
      return;
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          "process", "municipality", "phase", "status", "version", "next deadline", "last step"
        });
    for (ProcessSummary summary : page.processes()) {
      rows.add(
          new String[] {
            summary.id(),
            summary.municipality().number() + " " + summary.municipality().name(),
            summary.phase(),
            summary.status().code(),
            String.valueOf(summary.version()),
            summary.nextDeadline().map(Object::toString).orElse("-"),
            summary.lastStep().toString()
          });
    }
    Table.print(rows, context.out());
    if (next != null) {
      context.out().println("next page: --after " + next);
    }
  }

  private static String json(ProcessPage page, @Nullable String next) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(ObjectWriteContext.empty(), text)) {
      json.writeStartObject();
      json.writeArrayPropertyStart("processes");
      for (ProcessSummary summary : page.processes()) {
        json.writeStartObject();
        json.writeStringProperty("id", summary.id());
        json.writeStringProperty("municipalityNumber", summary.municipality().number());
        json.writeStringProperty("municipalityName", summary.municipality().name());
        json.writeStringProperty("definitionId", summary.definitionId());
        json.writeNumberProperty("definitionVersion", summary.definitionVersion());
        json.writeStringProperty("phase", summary.phase());
        json.writeStringProperty("status", summary.status().code());
        json.writeNumberProperty("version", summary.version());
        json.writeStringProperty("headDigest", summary.headDigest().hex());
        if (summary.nextDeadline().isPresent()) {
          json.writeStringProperty("nextDeadline", summary.nextDeadline().get().toString());
        } else {
          json.writeNullProperty("nextDeadline");
        }
        json.writeStringProperty("lastStep", summary.lastStep().toString());
        json.writeEndObject();
      }
      json.writeEndArray();
      if (next == null) {
        json.writeNullProperty("nextAfter");
      } else {
        json.writeStringProperty("nextAfter", next);
      }
      json.writeEndObject();
    }
    return text.toString();
  }
}
