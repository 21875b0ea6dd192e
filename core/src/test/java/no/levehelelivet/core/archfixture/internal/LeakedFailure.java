package no.levehelelivet.core.archfixture.internal;

/** A failure of an internal package, for the test that the signature rule can fail. */
public final class LeakedFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
}
