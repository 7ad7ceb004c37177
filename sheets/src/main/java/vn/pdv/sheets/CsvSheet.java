package vn.pdv.sheets;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into rows of cells. Accepts what spreadsheet exports produce here: comma, semicolon (Excel with a
 * Vietnamese locale) or tab (a table pasted from Word) as separator, guessed from the text; RFC 4180 quotes, with
 * separators and line breaks inside them; a byte-order mark. Lines starting with '#' are comments, so a file can
 * document its own columns.
 */
public final class CsvSheet {

    private CsvSheet() {
    }

    public static List<SheetRow> read(Reader reader) throws IOException {
        String text = readAll(reader);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = guessSeparator(text);
        List<SheetRow> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean atLineStart = true;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (atLineStart && !quoted && c == '#') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
                line++;
                rowLine = line;
                continue;
            }
            atLineStart = false;
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                cells.add(cell.toString());
                cell.setLength(0);
                rows.add(new SheetRow(rowLine, cells));
                cells = new ArrayList<>();
                line++;
                rowLine = line;
                atLineStart = true;
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new SheetRow(rowLine, cells));
        }
        return rows;
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = reader.read(buffer)) > 0; ) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }

    /** The candidate that occurs most outside quotes and comments; a comma when the text has none of them. */
    private static char guessSeparator(String text) {
        char[] candidates = {',', ';', '\t'};
        int[] counts = new int[candidates.length];
        boolean quoted = false;
        boolean comment = false;
        boolean atLineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (atLineStart) {
                comment = c == '#';
            }
            atLineStart = c == '\n' && !quoted;
            if (comment) {
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            for (int k = 0; k < candidates.length && !quoted; k++) {
                if (c == candidates[k]) {
                    counts[k]++;
                }
            }
        }
        int best = 0;
        for (int k = 1; k < candidates.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return candidates[best];
    }
}
