package vn.pdv.aggregator.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * The units the system already knows, by code and name, so that an import can say which rows name a unit nobody
 * registered and can give code-less tables the registered codes instead of made-up ones.
 */
public record KnownUnits(Map<UnitCode, String> names) {

    public KnownUnits {
        names = Map.copyOf(names);
    }

    public static KnownUnits of(Map<UnitCode, String> names) {
        return new KnownUnits(new LinkedHashMap<>(names));
    }

    public boolean contains(UnitCode code) {
        return names.containsKey(code);
    }

    /** The code of the unit whose name matches, ignoring case, spacing and Unicode form. */
    public Optional<UnitCode> findByName(String name) {
        String wanted = Names.normalise(name);
        return names.entrySet().stream()
                .filter(entry -> Objects.equals(Names.normalise(entry.getValue()), wanted))
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
