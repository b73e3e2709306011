/**
 * 'Stel een vraag': a family's questions to the service desk, each a thread of messages. Parents
 * ask, add to and close their family's questions; the service desk of the organisation works
 * through the queue, answers and closes. Structural changes of a contract come in here too.
 */
package nl.ouderportaal.domain.question;
