package no.levehelelivet.process;

import static no.levehelelivet.process.internal.ProcessMessages.format;
import static no.levehelelivet.process.internal.ProcessMessages.list;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The reasons a command is refused, collected by the guards so that a rejection names every one.
 * Collected lazily, so the accepted path allocates no list. For one command on one thread.
 */
final class Reasons {

  private @Nullable ArrayList<Reason> list;

  void add(
      ReasonCode code,
      String trigger,
      @Nullable String subject,
      ImmutableList<String> accepted,
      String message) {
    if (list == null) {
      list = new ArrayList<>(4);
    }
    list.add(Reason.create(code, trigger, Optional.ofNullable(subject), accepted, message));
  }

  /** Adds {@code LHL-P-004}: the role may not do {@code what}; the permitted roles are given. */
  void notPermitted(String trigger, String role, ImmutableList<String> permitted, String what) {
    add(
        ReasonCode.ROLE_NOT_PERMITTED,
        trigger,
        role,
        permitted,
        format(
            ReasonCode.ROLE_NOT_PERMITTED,
            "role \"%s\" may not %s; permitted roles are %s",
            role,
            what,
            list(permitted)));
  }

  boolean isEmpty() {
    return list == null;
  }

  ImmutableList<Reason> build() {
    return list == null ? ImmutableList.of() : ImmutableList.copyOf(list);
  }
}
