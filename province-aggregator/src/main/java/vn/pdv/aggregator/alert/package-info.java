/**
 * Alerts: a unit's status against its plan changed, or the weekly digest is due. Raised once however many aggregator
 * instances watch, stored first, then delivered to the alerts topic, by e-mail and to webhooks, each channel retried
 * on its own.
 */
package vn.pdv.aggregator.alert;
