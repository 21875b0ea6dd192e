package no.levehelelivet.core;

/**
 * A coded item with a label (<i>ledetekst</i>) in each supported {@link Language}. A missing
 * translation falls back to Norwegian bokmål.
 */
public interface Labelled extends Coded {

  /** The label in the given language, for example "Mat og måltider" in bokmål. */
  String label(Language language);
}
