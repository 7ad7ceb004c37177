package vn.pdv.aggregator.intake.kafka;

/** A record whose content contradicts where it was published: never applied, sent to the dead-letter topic. */
class ForgedEventException extends RuntimeException {

    ForgedEventException(String message) {
        super(message);
    }
}
