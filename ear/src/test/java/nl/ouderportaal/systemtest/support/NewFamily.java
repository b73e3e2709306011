package nl.ouderportaal.systemtest.support;

import java.io.Serializable;
import java.util.Map;
import java.util.UUID;

/**
 * Test data of one family in an organisation of its own, with one child whose contract runs from
 * and to the given days, one parent (with or without a password), and a service desk employee.
 * Every account that has a password has {@link Scenario#PASSWORD}.
 */
public record NewFamily(
    String token,
    UUID familyId,
    String familyName,
    UUID parentId,
    UUID parentAccount,
    String parentEmail,
    String parentFirstName,
    UUID childId,
    String childName,
    String serviceDeskEmail)
    implements Serializable {

  public Map<String, String> toMap() {
    return Map.of(
        "token", token,
        "familyId", familyId.toString(),
        "familyName", familyName,
        "parentId", parentId.toString(),
        "parentAccount", parentAccount.toString(),
        "parentEmail", parentEmail,
        "parentFirstName", parentFirstName,
        "childId", childId.toString(),
        "childName", childName,
        "serviceDeskEmail", serviceDeskEmail);
  }

  public static NewFamily fromMap(Map<String, String> map) {
    return new NewFamily(
        map.get("token"),
        UUID.fromString(map.get("familyId")),
        map.get("familyName"),
        UUID.fromString(map.get("parentId")),
        UUID.fromString(map.get("parentAccount")),
        map.get("parentEmail"),
        map.get("parentFirstName"),
        UUID.fromString(map.get("childId")),
        map.get("childName"),
        map.get("serviceDeskEmail"));
  }
}
