/**
 * The organisation and its sites: locations with their LRK numbers and care types, the groups with
 * their age ranges and capacity, and the staff members who work in those groups.
 */
package nl.ouderportaal.domain.organisation;
