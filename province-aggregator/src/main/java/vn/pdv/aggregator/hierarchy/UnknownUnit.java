package vn.pdv.aggregator.hierarchy;

/** A request named a unit no committee has registered and no staff change has opened. */
public class UnknownUnit extends RuntimeException {

    private final UnitCode unit;

    public UnknownUnit(UnitCode unit) {
        super("No unit with code " + unit);
        this.unit = unit;
    }

    public UnitCode unit() {
        return unit;
    }
}
