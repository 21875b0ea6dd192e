package no.levehelelivet.core;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import no.levehelelivet.core.archfixture.internal.LeakedFailure;
import no.levehelelivet.core.internal.CoreMessages;
import no.levehelelivet.core.internal.Echo;
import org.jspecify.annotations.Nullable;

/**
 * A class that leaks implementation types in each kind of public signature, for the test that the
 * signature rule fails on every one of them; it is never used otherwise.
 */
@SuppressWarnings("unused")
public class LeakyFixture implements Consumer<CoreMessages> {

  /** Leaks through a public field. */
  public @Nullable Echo leakedField;

  /** Private members do not leak. */
  private @Nullable Echo hidden;

  /** Leaks through a public constructor. */
  public LeakyFixture(@Nullable CoreMessages messages) {}

  /** Leaks through a return type. */
  public @Nullable Echo leakedReturn() {
    return null;
  }

  /** Leaks through a type argument. */
  public List<CoreMessages> leakedTypeArgument() {
    return List.of();
  }

  /** Leaks through a parameter. */
  public void leakedParameter(@Nullable Echo echo) {}

  /** Leaks through a throws clause. */
  public void leakedThrows() throws LeakedFailure {}

  /** Package-private members do not leak. */
  @Nullable Echo packagePrivate() {
    return null;
  }

  @Override
  public void accept(CoreMessages messages) {}

  /** Leaks a generated class through a type argument of its supertype. */
  public interface Nested extends Supplier<ImmutableMunicipality> {}
}
