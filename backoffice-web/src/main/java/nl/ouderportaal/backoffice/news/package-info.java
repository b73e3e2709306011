/**
 * 'Nieuws': the service desk writes, revises and withdraws the news and newsletters parents read.
 */
package nl.ouderportaal.backoffice.news;
