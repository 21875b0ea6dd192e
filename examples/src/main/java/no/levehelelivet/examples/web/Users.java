package no.levehelelivet.examples.web;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The users file (<i>brukarfila</i>) of {@code levehelelivet serve --users FILE}: one user per
 * line, {@code NAME:ROLE[,ROLE…]:HASH}, where the roles are role codes such as {@code process-lead}
 * and the hash is what {@code levehelelivet hash-password} prints. Blank lines and lines starting
 * with {@code #} are skipped.
 *
 * <pre>
 * # users of the tool in Vefsn
 * kari:process-lead,resource-person:pbkdf2-sha256$600000$…$…
 * </pre>
 *
 * <p>A password once checked is remembered, as a keyed digest that lives only in this object, so
 * that an API client sending it with every request does not pay the hash's deliberate cost each
 * time.
 */
final class Users {

  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");
  private static final Pattern ROLE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final int MAX_USERS = 10_000;

  private final ImmutableMap<String, WebUser> users;
  private final ImmutableMap<String, PasswordHash> hashes;
  private final byte[] key;
  private final Map<String, byte[]> checked = new ConcurrentHashMap<>();

  private Users(
      ImmutableMap<String, WebUser> users,
      ImmutableMap<String, PasswordHash> hashes,
      SecureRandom random) {
    this.users = users;
    this.hashes = hashes;
    this.key = new byte[32];
    random.nextBytes(key);
  }

  /**
   * Reads a users file's text.
   *
   * @param source the file's name, for the messages
   * @throws IllegalArgumentException naming the line and what is wrong with it, for the first bad
   *     line; a file without users is refused too
   */
  static Users parse(String text, String source, SecureRandom random) {
    Map<String, WebUser> users = new LinkedHashMap<>();
    Map<String, PasswordHash> hashes = new LinkedHashMap<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = source + ", line " + (i + 1);
      String[] fields = line.split(":", -1);
      if (fields.length != 3) {
        throw new IllegalArgumentException(
            where + ": write NAME:ROLE[,ROLE…]:HASH, with the hash from hash-password");
      }
      String name = fields[0].strip();
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(
            where + ": a user's name is 1 to 64 letters, digits or . _ @ -");
      }
      if (users.containsKey(name)) {
        throw new IllegalArgumentException(where + ": the user " + name + " is listed twice");
      }
      List<String> roles = new ArrayList<>();
      for (String role : fields[1].split(",", -1)) {
        String code = role.strip();
        if (!ROLE.matcher(code).matches()) {
          throw new IllegalArgumentException(
              where + ": a role is a role code such as process-lead, not " + Quote.of(code));
        }
        roles.add(code);
      }
      Optional<PasswordHash> hash = PasswordHash.parse(fields[2].strip());
      if (hash.isEmpty()) {
        throw new IllegalArgumentException(
            where
                + ": the hash is not one hash-password makes (pbkdf2-sha256$ITERATIONS$SALT$HASH)");
      }
      if (users.size() == MAX_USERS) {
        throw new IllegalArgumentException(where + ": more than " + MAX_USERS + " users");
      }
      users.put(name, new WebUser(name, ImmutableSet.copyOf(roles)));
      hashes.put(name, hash.get());
    }
    if (users.isEmpty()) {
      throw new IllegalArgumentException(source + ": the file lists no users");
    }
    return new Users(ImmutableMap.copyOf(users), ImmutableMap.copyOf(hashes), random);
  }

  /** The user named {@code name}, if the file lists them. */
  Optional<WebUser> user(String name) {
    return Optional.ofNullable(users.get(name));
  }

  /** Every user, in the file's order. */
  ImmutableMap<String, WebUser> all() {
    return users;
  }

  /**
   * The user if {@code password} is theirs. An unknown name costs as much as a wrong password, so
   * the answer's time does not tell which names exist.
   */
  Optional<WebUser> authenticate(String name, char[] password) {
    WebUser user = users.get(name);
    PasswordHash hash = hashes.get(name);
    if (user == null || hash == null) {
      PasswordHash.decoy().matches(password);
      return Optional.empty();
    }
    byte[] digest = digest(name, password);
    byte[] known = checked.get(name);
    if (known != null && MessageDigest.isEqual(known, digest)) {
      return Optional.of(user);
    }
    if (!hash.matches(password)) {
      return Optional.empty();
    }
    checked.put(name, digest);
    return Optional.of(user);
  }

  private byte[] digest(String name, char[] password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(name.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      mac.update(new String(password).getBytes(StandardCharsets.UTF_8));
      return mac.doFinal();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  @Override
  public String toString() {
    return "Users" + users.keySet();
  }
}
