package vn.pdv.unit.classes;

import java.time.LocalDate;
import java.util.Objects;
import vn.pdv.unit.organisation.UnitCode;

/**
 * A class was held: what the province may know of it, counts and no names (the attendees' own steps follow, each on
 * its candidate).
 *
 * @param heldOn the last day, when the certificates are issued
 */
public record ClassHeld(ClassId id, ClassKind kind, UnitCode organiser, LocalDate startsOn, LocalDate heldOn,
                        int enrolled, int attended) {

    public ClassHeld {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(organiser, "organiser");
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(heldOn, "heldOn");
    }

    public LocalDate occurredOn() {
        return heldOn;
    }
}
