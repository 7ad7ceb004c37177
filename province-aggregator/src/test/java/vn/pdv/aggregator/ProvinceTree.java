package vn.pdv.aggregator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.pdv.events.UnitKind;
import vn.pdv.stack.JsonApi;

/**
 * Units the province opens through the API ({@code POST /api/hierarchy/changes}), as a province administrator does:
 * a committee's log may change only its own subtree (intake's Authority), so the demo realm's bloc and its two
 * committees, whose accounts the access tests sign in with, are the province's to open, and a test's branch beneath
 * them too.
 */
public final class ProvinceTree {

    private ProvinceTree() {
    }

    /** Opens DUK (the bloc) and its committees DUK-01 and DUK-26 from 1 January 2024, unless a test has already. */
    public static void demoBloc(JsonApi admin) {
        openOnce(admin, "DUK", UnitKind.BLOC_COMMITTEE, null);
        openOnce(admin, "DUK-01", UnitKind.GRASSROOTS_COMMITTEE, "DUK");
        openOnce(admin, "DUK-26", UnitKind.GRASSROOTS_COMMITTEE, "DUK");
    }

    /** Opens a new unit under {@code parent} from 1 January 2024. */
    public static void open(JsonApi admin, String unit, UnitKind kind, String parent) {
        open(admin, unit, "Đơn vị " + unit, kind, parent);
    }

    /** Opens a new unit named {@code name} under {@code parent} (null: at the top) from 1 January 2024. */
    public static void open(JsonApi admin, String unit, String name, UnitKind kind, String parent) {
        JsonApi.Answer opened = admin.post("/api/hierarchy/changes", opening(unit, name, kind, parent));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    }

    private static void openOnce(JsonApi admin, String unit, UnitKind kind, String parent) {
        if (admin.get("/api/hierarchy/" + unit).status() != 200) {
            open(admin, unit, kind, parent);
        }
    }

    private static Map<String, Object> opening(String unit, String name, UnitKind kind, String parent) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "OPEN");
        body.put("unit", unit);
        body.put("name", name);
        body.put("unitKind", kind.name());
        if (parent != null) {
            body.put("parent", parent);
        }
        body.put("on", "2024-01-01");
        return body;
    }
}
