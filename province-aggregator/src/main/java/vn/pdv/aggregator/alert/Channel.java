package vn.pdv.aggregator.alert;

/** Where an alert goes. */
public enum Channel {
    /** The alerts topic of each addressee ({@code pdv.alerts.<CODE>}), which that committee's unit service reads. */
    KAFKA,
    /** One message per registered e-mail address. */
    EMAIL,
    /** One JSON POST per registered URL. */
    WEBHOOK
}
