package no.levehelelivet.process.journal;

import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.levehelelivet.core.ArgumentCode;
import no.levehelelivet.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * A secret key the host holds for sealing a journal (<i>forseglingsnøkkel</i>): entries appended to
 * a journal {@linkplain Journal#withChainKey given the key} are chained by HMAC-SHA256 under it
 * instead of plain SHA-256, and carry its {@linkplain #keyId() id}, never the key itself. Without
 * the key nobody can compute a sealed chain, so {@link Journal#verify(ChainKey)} catches a journal
 * whose entries were changed and whose digests were computed again.
 *
 * <p>Keep the key outside the store that holds the journals, and give each key a new id when it is
 * replaced: entries keep the id they were sealed under.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows the id only.
 */
public final class ChainKey {

  /** The shortest secret accepted: the length of an HMAC-SHA256 output. */
  public static final int MINIMUM_SECRET_BYTES = 32;

  /** The longest key id accepted. */
  public static final int MAXIMUM_ID_LENGTH = 64;

  private static final String ALGORITHM = "HmacSHA256";

  private final String keyId;
  private final SecretKeySpec secret;

  private ChainKey(String keyId, SecretKeySpec secret) {
    this.keyId = keyId;
    this.secret = secret;
  }

  /**
   * {@return the key with the given id and secret bytes; the bytes are copied}
   *
   * @param keyId the key's id, recorded in every entry sealed under it
   * @param secret the key's secret bytes
   * @throws InvalidValueException ({@code LHL-A-001}) if the id is not 1 to 64 ASCII letters,
   *     digits, {@code .}, {@code _} or {@code -}, or the secret is shorter than 32 bytes
   */
  public static ChainKey of(String keyId, byte[] secret) {
    if (!isKeyId(keyId)) {
      throw InvalidValueException.of(
          ArgumentCode.INVALID_VALUE,
          "keyId",
          "1 to " + MAXIMUM_ID_LENGTH + " ASCII letters, digits, '.', '_' or '-'",
          keyId);
    }
    if (secret.length < MINIMUM_SECRET_BYTES) {
      throw InvalidValueException.of(
          ArgumentCode.INVALID_VALUE,
          "secret",
          "at least " + MINIMUM_SECRET_BYTES + " bytes",
          secret.length + " bytes");
    }
    return new ChainKey(keyId, new SecretKeySpec(secret, ALGORITHM));
  }

  /** Whether {@code text} is a valid key id; see {@link #of}. */
  static boolean isKeyId(String text) {
    if (text.isEmpty() || text.length() > MAXIMUM_ID_LENGTH) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowed =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '_'
              || c == '-';
      if (!allowed) {
        return false;
      }
    }
    return true;
  }

  /** {@return the key's id, as sealed entries record it (<i>nøkkel-id</i>)} */
  public String keyId() {
    return keyId;
  }

  /** A fresh HMAC-SHA256 under this key; a {@link Mac} is for one thread. */
  Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(secret);
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("every JDK provides HMAC-SHA256", e);
    }
  }

  /** Keys are equal when their ids and secrets are; the secrets are compared in constant time. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ChainKey that
        && keyId.equals(that.keyId)
        && MessageDigest.isEqual(secret.getEncoded(), that.secret.getEncoded());
  }

  @Override
  public int hashCode() {
    return keyId.hashCode();
  }

  /** The id only, never the secret: {@code ChainKey[keyId=...]}. */
  @Override
  public String toString() {
    return "ChainKey[keyId=" + keyId + "]";
  }
}
