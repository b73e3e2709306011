/**
 * 'Stel een vraag': the parent's questions to the service desk, asking one (also for a structural
 * change of a contract), and a question's thread with a reply and closing.
 */
package nl.ouderportaal.portal.question;
