package nl.ouderportaal.systemtest.support;

import java.io.Serializable;
import java.util.UUID;

/**
 * One more family in a scenario's organisation whose only child is placed in one group, with a
 * parent whose account has {@link Scenario#PASSWORD}.
 */
public record FamilyInGroup(
    UUID familyId, UUID parentAccount, String parentEmail, UUID childId, String childName)
    implements Serializable {}
