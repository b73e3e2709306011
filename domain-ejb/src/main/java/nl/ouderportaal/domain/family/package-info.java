/**
 * Families and what they have with us: parents, children, the children's placements in groups and
 * their contracts. Who may see which child is decided here.
 */
package nl.ouderportaal.domain.family;
