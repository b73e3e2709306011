/** What every back-office page uses: the dashboard, the logged-in employee, messages. */
package nl.ouderportaal.backoffice.platform;
