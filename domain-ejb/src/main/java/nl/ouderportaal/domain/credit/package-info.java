/**
 * Credits: hours bought in advance (KDV and BSO flex hours, Vakantiepret hours), per child, each
 * batch valid until its expiry date, with an append-only ledger of every grant, spending, refund,
 * correction and expiry whose sum is the balance.
 */
package nl.ouderportaal.domain.credit;
