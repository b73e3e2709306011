/**
 * Demo data for the development run: one organisation with a KDV and a BSO location, four groups, a
 * dozen families and their children, staff and the service desk. Loaded only when {@code
 * OUDERPORTAAL_DEMO_DATA=true}; a production start never loads it.
 */
package nl.ouderportaal.domain.demo;
