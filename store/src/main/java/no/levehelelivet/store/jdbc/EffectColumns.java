package no.levehelelivet.store.jdbc;

import com.google.common.base.Joiner;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import no.levehelelivet.process.CancelDeadlines;
import no.levehelelivet.process.Deadline;
import no.levehelelivet.process.DeadlineKind;
import no.levehelelivet.process.Effect;
import no.levehelelivet.process.NotifyRoles;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessStatus;
import no.levehelelivet.process.ReportOverdue;
import no.levehelelivet.process.Role;
import no.levehelelivet.process.ScheduleDeadline;
import org.jspecify.annotations.Nullable;

/**
 * An effect in the columns of its outbox row: the kind, then what that kind carries (the phase and
 * the role codes, a line each, of a notification; the deadline of a scheduled or overdue one; the
 * status of a cancellation). Role codes are ids, which hold no line break.
 */
final class EffectColumns {

  /** The columns after the process id, sequence, index, kind, key and trigger, in order. */
  static final String NAMES =
      "phase, roles, deadline_kind, deadline_code, deadline_phase, deadline_due, status";

  private static final Joiner LINES = Joiner.on('\n');
  private static final Splitter LINE = Splitter.on('\n');

  private EffectColumns() {}

  /** Sets the seven columns of {@link #NAMES} from parameter {@code at} on. */
  static void set(PreparedStatement statement, int at, Effect effect) throws SQLException {
    String phase = null;
    String roles = null;
    Deadline deadline = null;
    String status = null;
    if (effect instanceof NotifyRoles notify) {
      phase = notify.phase();
      roles = LINES.join(notify.roles().stream().map(Role::code).iterator());
    } else if (effect instanceof ScheduleDeadline schedule) {
      deadline = schedule.deadline();
    } else if (effect instanceof ReportOverdue overdue) {
      deadline = overdue.deadline();
    } else if (effect instanceof CancelDeadlines cancel) {
      status = cancel.status().code();
    }
    text(statement, at, phase);
    text(statement, at + 1, roles);
    text(statement, at + 2, deadline == null ? null : deadline.kind().code());
    text(statement, at + 3, deadline == null ? null : deadline.code());
    text(statement, at + 4, deadline == null ? null : deadline.phase());
    if (deadline == null) {
      statement.setNull(at + 5, Types.DATE);
    } else {
      statement.setObject(at + 5, deadline.due());
    }
    text(statement, at + 6, status);
  }

  /**
   * The effect of a row whose columns of {@link #NAMES} start at {@code at}, its roles taken from
   * {@code definition}.
   */
  static Effect get(
      ResultSet row,
      int at,
      String processId,
      long sequence,
      int index,
      String kind,
      String trigger,
      ProcessDefinition definition)
      throws SQLException {
    switch (kind) {
      case NotifyRoles.KIND -> {
        String roles = row.getString(at + 1);
        ImmutableList.Builder<Role> list = ImmutableList.builder();
        if (roles != null && !roles.isEmpty()) {
          for (String code : LINE.split(roles)) {
            list.add(definition.findRole(code).orElseGet(() -> Role.standard(code)));
          }
        }
        return NotifyRoles.of(
            processId, sequence, trigger, index, required(row, at, "phase"), list.build());
      }
      case ScheduleDeadline.KIND -> {
        return ScheduleDeadline.of(processId, sequence, trigger, index, deadline(row, at));
      }
      case ReportOverdue.KIND -> {
        return ReportOverdue.of(processId, sequence, trigger, index, deadline(row, at));
      }
      case CancelDeadlines.KIND -> {
        return CancelDeadlines.of(
            processId,
            sequence,
            trigger,
            index,
            ProcessStatus.fromCode(required(row, at + 6, "status")));
      }
      default -> throw new SQLException("unknown effect kind " + kind);
    }
  }

  private static Deadline deadline(ResultSet row, int at) throws SQLException {
    LocalDate due = row.getObject(at + 5, LocalDate.class);
    if (due == null) {
      throw new SQLException("the deadline_due column is empty");
    }
    return Deadline.of(
        DeadlineKind.fromCode(required(row, at + 2, "deadline_kind")),
        required(row, at + 3, "deadline_code"),
        required(row, at + 4, "deadline_phase"),
        due);
  }

  private static String required(ResultSet row, int column, String name) throws SQLException {
    String value = row.getString(column);
    if (value == null) {
      throw new SQLException("the " + name + " column is empty");
    }
    return value;
  }

  private static void text(PreparedStatement statement, int at, @Nullable String value)
      throws SQLException {
    if (value == null) {
      statement.setNull(at, Types.VARCHAR);
    } else {
      statement.setString(at, value);
    }
  }
}
