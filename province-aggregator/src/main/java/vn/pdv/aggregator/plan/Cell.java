package vn.pdv.aggregator.plan;

/**
 * One quota cell as written, before anyone decides whether it is sound: a whole number (possibly negative), a blank,
 * or text that is not a number. Keeping the three apart lets the checks say which cell was wrong and why.
 */
public sealed interface Cell {

    record Given(int value) implements Cell {
    }

    record Blank() implements Cell {
    }

    record Unreadable(String text) implements Cell {
    }

    /**
     * Reads a cell. "-" and "–" are blanks, as Vietnamese tables use them for "none"; "8.0" and "8,0" are 8, as
     * spreadsheets export whole numbers that way; "8.5" and "tám" are unreadable.
     */
    static Cell read(String cell) {
        String text = cell == null ? "" : cell.replace('\u00A0', ' ').strip();
        if (text.isEmpty() || text.equals("-") || text.equals("–") || text.equals("—")) {
            return new Blank();
        }
        if (!text.matches("[+-]?\\d{1,9}([.,]0+)?")) {
            return new Unreadable(text);
        }
        return new Given(Integer.parseInt(text.replaceAll("[.,]0+$", "")));
    }
}
