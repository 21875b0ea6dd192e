package no.levehelelivet.serialization;

import com.google.common.collect.ImmutableList;
import java.util.List;
import no.levehelelivet.core.internal.Echo;

/**
 * Thrown when a write would lose members this version does not know (<i>ukjende felt ville gå
 * tapt</i>): the value came from a document of a newer minor version read in {@link
 * ReadMode#TOLERANT} mode, and writing it with this codec would silently drop what that version
 * added. Its code is {@link WireCode#UNKNOWN_MEMBERS_WOULD_BE_LOST}; {@link #pointers()} names the
 * members, as the read's {@link ReadResult#unknownFields()} did.
 *
 * <p>A process instance made from such a value by firing a command is refused too. Write it with a
 * codec of the newer minor version instead. Unchecked and immutable.
 */
public final class UnknownMembersException extends no.levehelelivet.core.LeveHeleLivetException {

  private static final long serialVersionUID = 1L;

  private static final int SHOWN = 5;

  /** JSON Pointers to the members that would be lost, in document order; never empty. */
  @SuppressWarnings("serial") // an ImmutableList of Strings is serializable
  private final ImmutableList<String> pointers;

  private UnknownMembersException(ImmutableList<String> pointers) {
    super(message(pointers));
    this.pointers = pointers;
  }

  /**
   * {@return the exception for the members at {@code pointers}; thrown by the codec}
   *
   * @param pointers JSON Pointers to the members that would be lost, in document order; not empty
   * @throws IllegalArgumentException if {@code pointers} is empty
   */
  public static UnknownMembersException of(List<String> pointers) {
    if (pointers.isEmpty()) {
      throw new IllegalArgumentException("pointers must name at least one member");
    }
    return new UnknownMembersException(ImmutableList.copyOf(pointers));
  }

  private static String message(ImmutableList<String> pointers) {
    StringBuilder message =
        new StringBuilder(WireCode.UNKNOWN_MEMBERS_WOULD_BE_LOST.code())
            .append(": the value was read from a newer minor version and writing it would lose ")
            .append(pointers.size())
            .append(pointers.size() == 1 ? " member" : " members")
            .append(" this version does not know: ");
    for (int i = 0; i < Math.min(SHOWN, pointers.size()); i++) {
      message.append(i == 0 ? "" : ", ").append(Echo.quote(pointers.get(i)));
    }
    if (pointers.size() > SHOWN) {
      message.append(" and ").append(pointers.size() - SHOWN).append(" more");
    }
    return message.append("; write it with a codec of that version").toString();
  }

  /** {@link WireCode#UNKNOWN_MEMBERS_WOULD_BE_LOST}. */
  @Override
  public WireCode code() {
    return WireCode.UNKNOWN_MEMBERS_WOULD_BE_LOST;
  }

  /** {@return JSON Pointers to the members that would be lost, in document order} */
  public ImmutableList<String> pointers() {
    return pointers;
  }
}
