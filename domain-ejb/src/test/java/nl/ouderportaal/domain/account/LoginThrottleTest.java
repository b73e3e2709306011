package nl.ouderportaal.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

  @Test
  void twentyFailuresWithinAQuarterOfAnHourBlockTheAddressForFiveMinutes() {
    LoginThrottle address = new LoginThrottle("192.0.2.1", NOW);
    for (int i = 0; i < 19; i++) {
      address.failed(NOW.plusSeconds(i));
    }
    assertThat(address.isBlocked(NOW.plusSeconds(20))).isFalse();

    address.failed(NOW.plusSeconds(20));

    assertThat(address.isBlocked(NOW.plusSeconds(21))).isTrue();
    assertThat(address.blockedUntil()).isEqualTo(NOW.plusSeconds(20).plus(Duration.ofMinutes(5)));
  }

  @Test
  void everyNextBlockLastsTwiceAsLongUpToAnHour() {
    LoginThrottle address = new LoginThrottle("192.0.2.1", NOW);
    Instant t = NOW;
    Duration[] expected = {
      Duration.ofMinutes(5),
      Duration.ofMinutes(10),
      Duration.ofMinutes(20),
      Duration.ofMinutes(40),
      Duration.ofHours(1),
      Duration.ofHours(1)
    };
    for (Duration block : expected) {
      for (int i = 0; i < 20; i++) {
        address.failed(t);
      }
      assertThat(Duration.between(t, address.blockedUntil())).isEqualTo(block);
      t = address.blockedUntil();
    }
  }

  @Test
  void failuresSpreadOverMoreThanTheWindowDoNotBlock() {
    LoginThrottle address = new LoginThrottle("192.0.2.1", NOW);
    Instant t = NOW;
    for (int i = 0; i < 40; i++) {
      address.failed(t);
      t = t.plus(Duration.ofMinutes(1));
    }

    assertThat(address.isBlocked(t)).isFalse();
  }
}
