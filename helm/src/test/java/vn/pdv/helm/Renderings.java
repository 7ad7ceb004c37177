package vn.pdv.helm;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Every chart with every file in its ci/ folder: the releases the tests check each property on. */
final class Renderings {

    private Renderings() {
    }

    static Stream<Arguments> everyCiValuesFile() {
        return Arrays.stream(Chart.values())
                .flatMap(chart -> chart.ciValues().stream().map(values -> Arguments.of(chart, fileName(values))));
    }

    static Manifest render(Chart chart, String ciFile) {
        return chart.render(chart.ci(ciFile.replace(".yaml", "")));
    }

    private static String fileName(Path values) {
        return values.getFileName().toString();
    }
}
