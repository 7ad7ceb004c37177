package vn.pdv.aggregator.report.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import vn.pdv.aggregator.report.Heading;
import vn.pdv.aggregator.report.Report;

/** The file formats a report downloads as, with what an HTTP answer must say about each. */
public enum ReportFormat {

    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") {
        @Override
        void write(Report report, OutputStream out) throws IOException {
            XlsxReport.write(report, out);
        }
    },
    CSV("csv", "text/csv;charset=UTF-8") {
        @Override
        void write(Report report, OutputStream out) throws IOException {
            CsvReport.write(report, out);
        }
    };

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** By its name as the API's {@code format} parameter gives it, any case. */
    public static Optional<ReportFormat> named(String name) {
        return Arrays.stream(values()).filter(format -> format.extension.equalsIgnoreCase(name.strip())).findFirst();
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** "bao-cao-DUK-2024-Q2.xlsx": the unit and the period, so a folder of reports sorts and reads at a glance. */
    public String fileName(Heading heading) {
        String unit = heading.unit().value().replaceAll("[^\\p{L}\\p{N}._-]+", "-");
        return "bao-cao-" + unit + "-" + heading.period().code() + "." + extension.toLowerCase(Locale.ROOT);
    }

    public byte[] render(Report report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(report, bytes);
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return bytes.toByteArray();
    }

    abstract void write(Report report, OutputStream out) throws IOException;
}
