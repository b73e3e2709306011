/** What every portal page uses: messages from the resource bundle. */
package nl.ouderportaal.portal.platform;
