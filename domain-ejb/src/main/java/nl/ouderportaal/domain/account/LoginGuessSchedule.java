package nl.ouderportaal.domain.account;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import nl.ouderportaal.domain.platform.Clocks;

/** Every night, the failed logins of more than a day ago are forgotten (see Authentication). */
@Singleton
public class LoginGuessSchedule {

  @Inject private Authentication authentication;

  @Schedule(
      hour = "3",
      minute = "45",
      timezone = Clocks.ZONE_ID,
      persistent = true,
      info = "old-login-failures")
  void forgetEveryNight() {
    authentication.forgetOldFailures();
  }
}
