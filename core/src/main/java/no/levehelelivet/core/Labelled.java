package no.levehelelivet.core;

/**
 * A coded item with a label (<i>ledetekst</i>) in each supported {@link Language}. A missing
 * translation falls back to Norwegian bokmål.
 */
public interface Labelled extends Coded {

  /**
   * {@return the label in the given language, for example "Mat og måltider" in bokmål}
   *
   * @param language the language of the label
   */
  String label(Language language);
}
