package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.internal.Echo;
import no.levehelelivet.core.internal.Messages;
import no.levehelelivet.process.internal.ProcessMessages;
import no.levehelelivet.process.internal.TupleValue;
import org.immutables.value.Value;

/**
 * One reason no route leads to a phase (<i>hinder</i>): its {@link ObstacleKind}, what it is about
 * (a trigger, criterion, phase or status, as the kind says) and, for a trigger or criterion none of
 * the roles at hand may fire or record, the roles that may. {@link #message(Language)} explains it
 * in bokmål, nynorsk or English, so that a screen can show why.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract class Obstacle {

  Obstacle() {}

  /** {@return what kind of obstacle this is} */
  public abstract ObstacleKind kind();

  /**
   * {@return what the obstacle is about: a trigger, criterion, phase or status code, or a number}
   */
  public abstract String subject();

  /**
   * {@return the roles that may fire the trigger or record the criterion; empty for the other
   * kinds}
   */
  public abstract ImmutableSet<Role> roles();

  /**
   * {@return an explanation (<i>forklaring</i>) in {@code language}, from the process module's
   * message bundle, for example {@code ingen av rollene som er til stede, kan utløse "adopt-plan";
   * tillatte roller er "municipal-council"} in bokmål} The codes it quotes stay codes.
   *
   * @param language the language to write the text in
   * @throws IllegalStateException with {@code LHL-C-900} if the bundle lacks the text (a packaging
   *     error)
   */
  public String message(Language language) {
    ImmutableList.Builder<String> codes = ImmutableList.builder();
    for (Role role : roles()) {
      codes.add(role.code());
    }
    ImmutableList<String> roleCodes = codes.build();
    ImmutableList<String> arguments =
        ImmutableList.of(
            Echo.cut(subject()),
            roleCodes.isEmpty()
                ? Messages.text(ReasonCode.class, "list.none", language)
                : ProcessMessages.list(roleCodes));
    return Messages.format(ReasonCode.class, messageKey(), language, arguments);
  }

  private String messageKey() {
    String key = "obstacle." + kind().code();
    return kind() == ObstacleKind.PROCESS_NOT_ACTIVE
            && subject().equals(ProcessStatus.PAUSED.code())
        ? key + ".paused"
        : key;
  }

  static Obstacle of(ObstacleKind kind, String subject, Iterable<? extends Role> roles) {
    return ImmutableObstacle.of(kind, subject, roles);
  }

  @Override
  public String toString() {
    return message(Language.ENGLISH);
  }
}
