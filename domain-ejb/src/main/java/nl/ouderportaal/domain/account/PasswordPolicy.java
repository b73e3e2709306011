package nl.ouderportaal.domain.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import nl.ouderportaal.domain.platform.BusinessException;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters, at most {@value
 * #MAX_LENGTH} (never cut short), and not a common password: not on the list shipped with the
 * project ({@code common-passwords.txt}), also not with a few digits or signs added or in other
 * capitals ("Wachtwoord2026!"), and not the user's own e-mail address.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  private static final Set<String> COMMON = load();

  private PasswordPolicy() {}

  /** Refuses a password that does not meet the policy, with the reason as message key. */
  public static void check(String password, String email) {
    if (password == null || password.isEmpty()) {
      throw new BusinessException("password.required");
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      throw new BusinessException("password.tooShort", MIN_LENGTH);
    }
    if (length > MAX_LENGTH) {
      throw new BusinessException("password.tooLong", MAX_LENGTH);
    }
    if (isCommon(password)) {
      throw new BusinessException("password.common");
    }
    if (email != null && password.toLowerCase(Locale.ROOT).contains(localPart(email))) {
      throw new BusinessException("password.containsEmail");
    }
  }

  static boolean isCommon(String password) {
    String lower = password.toLowerCase(Locale.ROOT).strip();
    if (COMMON.contains(lower)) {
      return true;
    }
    // "Welkom2026!" is "welkom" with a year and a sign: as easy to guess
    String core = lower.replaceAll("[^\\p{L}]+$", "").replaceAll("^[^\\p{L}]+", "");
    return core.length() >= 4 && lower.length() - core.length() <= 6 && COMMON.contains(core);
  }

  private static String localPart(String email) {
    String local = email.toLowerCase(Locale.ROOT);
    int at = local.indexOf('@');
    local = at > 0 ? local.substring(0, at) : local;
    return local.length() >= 4 ? local : "\u0000";
  }

  private static Set<String> load() {
    Set<String> common = new HashSet<>(200_000);
    try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          common.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return common;
  }
}
