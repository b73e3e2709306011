package nl.ouderportaal.domain.family;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import nl.ouderportaal.domain.platform.Clocks;

/**
 * Sends the invitations every morning. A persistent timer: after downtime it fires once at start,
 * which is harmless, as {@link Invitations#inviteDue()} invites nobody twice.
 */
@Singleton
public class InvitationSchedule {

  @Inject private Invitations invitations;

  @Schedule(
      hour = "7",
      minute = "0",
      timezone = Clocks.ZONE_ID,
      persistent = true,
      info = "invitations")
  void inviteEveryMorning() {
    invitations.inviteDue();
  }
}
