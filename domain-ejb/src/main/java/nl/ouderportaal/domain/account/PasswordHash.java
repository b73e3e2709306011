package nl.ouderportaal.domain.account;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashes in the form {@code
 * PBKDF2WithHmacSHA256:<iterations>:<salt>:<key>} (the form of Jakarta Security's
 * Pbkdf2PasswordHash). The stored string carries its parameters, so the cost can be raised later:
 * {@link #needsRehash} tells when a verified password should be hashed again.
 */
public final class PasswordHash {

  public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  public static final int ITERATIONS = 600_000;
  private static final int SALT_BYTES = 32;
  private static final int KEY_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * A hash of a password nobody knows, verified for unknown e-mail addresses so that a login for an
   * unknown address costs as much time as one for a known address.
   */
  private static final String DUMMY = hash("not a password of anyone".toCharArray());

  private PasswordHash() {}

  public static String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] key = derive(password, salt, ITERATIONS, KEY_BYTES);
    Base64.Encoder b64 = Base64.getEncoder();
    return ALGORITHM
        + ":"
        + ITERATIONS
        + ":"
        + b64.encodeToString(salt)
        + ":"
        + b64.encodeToString(key);
  }

  public static boolean verify(char[] password, String stored) {
    if (stored == null) {
      verify(password, DUMMY);
      return false;
    }
    String[] parts = stored.split(":");
    if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
      return false;
    }
    int iterations = Integer.parseInt(parts[1]);
    byte[] salt = Base64.getDecoder().decode(parts[2]);
    byte[] expected = Base64.getDecoder().decode(parts[3]);
    byte[] actual = derive(password, salt, iterations, expected.length);
    return MessageDigest.isEqual(expected, actual);
  }

  /** Spends the time of one verification, for a login of an unknown e-mail address. */
  public static void verifyNothing(char[] password) {
    verify(password, DUMMY);
  }

  public static boolean needsRehash(String stored) {
    String[] parts = stored.split(":");
    return parts.length != 4
        || !ALGORITHM.equals(parts[0])
        || Integer.parseInt(parts[1]) < ITERATIONS;
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations, int keyBytes) {
    // the JDK's PBKDF2 turns the characters into UTF-8 bytes itself
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, keyBytes * 8);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2 is not available", e);
    } finally {
      spec.clearPassword();
    }
  }
}
