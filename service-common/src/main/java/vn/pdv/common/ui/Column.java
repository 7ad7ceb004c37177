package vn.pdv.common.ui;

/**
 * One column of a table drawn by {@code layout/table :: sortable-head(columns, sort)}.
 *
 * @param key      what the column is sorted by in {@code ?sort=key,asc}; also its CSS hook
 * @param label    the message key of its heading, never the words themselves
 * @param sortable whether the heading is a link that sorts by it
 * @param numeric  right-aligned, as figures are, so digits line up
 */
public record Column(String key, String label, boolean sortable, boolean numeric) {

    /** A column whose heading is only words. */
    public static Column of(String key, String label) {
        return new Column(key, label, false, false);
    }

    /** A column whose heading sorts the table by it. */
    public static Column sortable(String key, String label) {
        return new Column(key, label, true, false);
    }

    /** The same column holding figures (right-aligned, tabular digits). */
    public Column figures() {
        return new Column(key, label, sortable, true);
    }
}
