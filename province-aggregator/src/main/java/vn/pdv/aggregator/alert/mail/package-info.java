/** Sends alerts by e-mail through Spring's {@code JavaMailSender}, when an SMTP server is configured. */
package vn.pdv.aggregator.alert.mail;
