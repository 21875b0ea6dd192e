package no.levehelelivet.examples.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import no.levehelelivet.core.Catalogue;
import no.levehelelivet.core.Language;
import no.levehelelivet.serialization.WireCodec;
import no.levehelelivet.store.ProcessStore;

/**
 * The process tool in a browser (<i>prosessverktøyet</i>) as {@code levehelelivet serve} starts it:
 * the one door from the command line into this package.
 */
public final class WebTool implements AutoCloseable {

  private final WebServer server;

  private WebTool(WebServer server) {
    this.server = server;
  }

  /**
   * Starts the tool.
   *
   * @param store the store, safe to use from many threads (a {@code JdbcProcessStore} on a pool)
   * @param host the address to bind to
   * @param port the port, 0 for one the system picks
   * @param language the language of pages whose request names none
   * @param users the text of a users file and the file's name, if given
   * @param clock the time commands record
   * @throws IllegalArgumentException with a message naming what is wrong: a users file line, or a
   *     host that is not loopback without users
   * @throws IllegalStateException if the port cannot be bound
   */
  public static WebTool start(
      ProcessStore store,
      String host,
      int port,
      Language language,
      Optional<UsersFile> users,
      Clock clock) {
    SecureRandom random = new SecureRandom();
    Optional<Users> parsed = users.map(file -> Users.parse(file.text(), file.name(), random));
    WebConfig config =
        new WebConfig(
            host,
            port,
            language,
            parsed,
            store,
            WireCodec.standard(),
            Catalogue.leveHeleLivet(),
            clock,
            random);
    return new WebTool(WebServer.start(config));
  }

  /** Whether {@code host} names only this machine, so that the tool may run there without users. */
  public static boolean isLoopback(String host) {
    return WebServer.isLoopback(host);
  }

  /** A new password hash for a users file, as {@code levehelelivet hash-password} prints it. */
  public static String hashPassword(char[] password) {
    return PasswordHash.of(password, new SecureRandom()).text();
  }

  /** The address to open in a browser. */
  public String address() {
    return server.address();
  }

  /** The port the tool listens on. */
  public int port() {
    return server.port();
  }

  /** Stops the tool. */
  @Override
  public void close() {
    server.close();
  }

  /**
   * A users file as read.
   *
   * @param name the file's name, for messages
   * @param text its text
   */
  public record UsersFile(String name, String text) {}
}
