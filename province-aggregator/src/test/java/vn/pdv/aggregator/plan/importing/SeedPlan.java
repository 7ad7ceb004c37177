package vn.pdv.aggregator.plan.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import vn.pdv.aggregator.plan.PlanContext;
import vn.pdv.aggregator.plan.PlanImport;

/** Plan 104-KH/ĐUK's table, as shipped in the resources. */
final class SeedPlan {

    static final String RESOURCE = "/plans/104-KH-DUK-2024-2025.csv";

    private SeedPlan() {
    }

    static Reader csv() {
        InputStream in = SeedPlan.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing " + RESOURCE);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    static String text() {
        try (Reader reader = csv()) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = reader.read(buffer)) > 0; ) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PlanImport imported(PlanContext context) {
        try (Reader reader = csv()) {
            return PlanImporter.fromCsv(reader, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
