package vn.pdv.unit.classes;

import java.util.List;
import java.util.Optional;
import vn.pdv.unit.organisation.Reach;

/** The committee's classes, planned and held: kept in its own database (the enrolment lists name candidates). */
public interface ClassRegister {

    Optional<PartyClass> find(ClassId id);

    void save(PartyClass partyClass);

    /** The classes organised by a unit in {@code reach}, latest start first. */
    List<PartyClass> organisedIn(Reach reach);
}
