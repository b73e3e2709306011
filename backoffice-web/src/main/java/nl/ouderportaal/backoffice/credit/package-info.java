/**
 * Credits in the back-office: the service desk sees a child's balances and their history, and
 * grants or corrects hours with a reason.
 */
package nl.ouderportaal.backoffice.credit;
