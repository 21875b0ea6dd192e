package no.levehelelivet.process;

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

  /**
   * Adds a reason whose message is the template {@code <code>.message} of the process module's
   * message bundle; see {@link ReasonTexts} for its placeholders.
   */
  void add(
      ReasonCode code, String trigger, @Nullable String subject, ImmutableList<String> accepted) {
    add(code, trigger, subject, accepted, "", ImmutableList.of());
  }

  /**
   * Adds a reason whose message is the template {@code <code>.message.<variant>} ({@code
   * <code>.message} if the variant is empty), with {@code details} filling {@code {4}} on.
   */
  void add(
      ReasonCode code,
      String trigger,
      @Nullable String subject,
      ImmutableList<String> accepted,
      String variant,
      ImmutableList<String> details) {
    if (list == null) {
      list = new ArrayList<>(4);
    }
    String key =
        variant.equals(ReasonTexts.WHOLE)
            ? ReasonTexts.WHOLE
            : variant.isEmpty() ? code.code() + ".message" : code.code() + ".message." + variant;
    list.add(Reason.create(code, trigger, Optional.ofNullable(subject), accepted, key, details));
  }

  /**
   * Adds a reason whose English message is given whole, starting with the code, instead of coming
   * from a template; in bokmål and nynorsk it says what the code means and what to do about it. For
   * a reason not yet given its template in the message bundles: prefer a template.
   */
  void add(
      ReasonCode code,
      String trigger,
      @Nullable String subject,
      ImmutableList<String> accepted,
      String englishMessage) {
    add(code, trigger, subject, accepted, ReasonTexts.WHOLE, ImmutableList.of(englishMessage));
  }

  /**
   * Adds {@code LHL-P-004}: the role may not fire the trigger ({@code variant} empty), record the
   * criterion {@code criterion} ({@code "record"}) or record any criterion ({@code "record-any"}).
   */
  void notPermitted(
      String trigger,
      String role,
      ImmutableList<String> permitted,
      String variant,
      ImmutableList<String> details) {
    add(ReasonCode.ROLE_NOT_PERMITTED, trigger, role, permitted, variant, details);
  }

  boolean isEmpty() {
    return list == null;
  }

  ImmutableList<Reason> build() {
    return list == null ? ImmutableList.of() : ImmutableList.copyOf(list);
  }
}
