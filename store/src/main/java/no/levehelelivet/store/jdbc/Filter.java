package no.levehelelivet.store.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import no.levehelelivet.store.ProcessQuery;

/** The WHERE clause of a query's filters over the summary rows, every value a parameter. */
final class Filter {

  private final String where;
  private final ImmutableList<Object> values;

  private Filter(String where, ImmutableList<Object> values) {
    this.where = where;
    this.values = values;
  }

  /** The filters of {@code query}, and where its page starts if {@code paged}. */
  static Filter of(ProcessQuery query, boolean paged) {
    StringBuilder where = new StringBuilder();
    ImmutableList.Builder<Object> values = ImmutableList.builder();
    if (query.municipality().isPresent()) {
      add(where, "municipality = ?");
      values.add(query.municipality().get());
    }
    if (query.definitionId().isPresent()) {
      add(where, "definition_id = ?");
      values.add(query.definitionId().get());
    }
    if (query.phase().isPresent()) {
      add(where, "phase = ?");
      values.add(query.phase().get());
    }
    if (query.status().isPresent()) {
      add(where, "status = ?");
      values.add(query.status().get().code());
    }
    if (query.overdueOn().isPresent()) {
      add(where, "next_deadline < ?");
      values.add(query.overdueOn().get());
    }
    if (paged && query.after().isPresent()) {
      add(where, "process_id > ?");
      values.add(query.after().get());
    }
    return new Filter(where.toString(), values.build());
  }

  private static void add(StringBuilder where, String condition) {
    where.append(where.length() == 0 ? " WHERE " : " AND ").append(condition);
  }

  String where() {
    return where;
  }

  /** Binds the values from parameter 1 on; returns the next parameter's index. */
  int bind(PreparedStatement statement) throws SQLException {
    int at = 1;
    for (Object value : values) {
      statement.setObject(at++, value);
    }
    return at;
  }
}
