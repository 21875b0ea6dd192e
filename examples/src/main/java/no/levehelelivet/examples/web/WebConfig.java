package no.levehelelivet.examples.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import no.levehelelivet.core.Catalogue;
import no.levehelelivet.core.Language;
import no.levehelelivet.serialization.WireCodec;
import no.levehelelivet.store.ProcessStore;

/**
 * What a running tool is made of: where it listens, the store its processes are kept in, the codec
 * of its bodies, the clock its commands record, and its users, if it has any.
 *
 * @param host the address to bind to; a loopback address unless {@code users} is given
 * @param port the port, or 0 for one the system picks
 * @param language the language of a page or problem whose request names none
 * @param users the users who may log in; empty on loopback, where the user picks a name and role
 * @param store the process store, shared by every request (it must be safe to use from many threads
 *     at once, as a {@code JdbcProcessStore} on a connection pool is)
 * @param codec the wire format of every body, and the limits of what is read
 * @param catalogue the reform's catalogue the pages show
 * @param clock the time commands record
 * @param random the source of session ids and tokens
 */
record WebConfig(
    String host,
    int port,
    Language language,
    Optional<Users> users,
    ProcessStore store,
    WireCodec codec,
    Catalogue catalogue,
    Clock clock,
    SecureRandom random) {

  /** A tool on loopback, on a port the system picks, with no users: as the tests start it. */
  static WebConfig loopback(ProcessStore store, Clock clock) {
    return new WebConfig(
        "127.0.0.1",
        0,
        Language.BOKMAL,
        Optional.empty(),
        store,
        WireCodec.standard(),
        Catalogue.leveHeleLivet(),
        clock,
        new SecureRandom());
  }

  WebConfig withUsers(Users newUsers) {
    return new WebConfig(
        host, port, language, Optional.of(newUsers), store, codec, catalogue, clock, random);
  }

  WebConfig withHost(String newHost) {
    return new WebConfig(newHost, port, language, users, store, codec, catalogue, clock, random);
  }

  WebConfig withLanguage(Language newLanguage) {
    return new WebConfig(host, port, newLanguage, users, store, codec, catalogue, clock, random);
  }
}
