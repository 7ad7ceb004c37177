package vn.pdv.common.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How a table is sorted, read from the {@code sort} query parameter ({@code sort=gap,desc}), as Spring Data spells
 * it. Sorting happens on the server, so it works without script and a sorted page can be bookmarked and shared.
 * An unknown column or direction falls back to the page's default instead of failing.
 */
public record TableSort(String column, boolean ascending) {

    public static final String PARAMETER = "sort";

    /**
     * @param parameter the request's {@code sort} value, may be null
     * @param columns   the columns that may be sorted by
     * @param fallback  the order when the parameter is missing or names no such column
     */
    public static TableSort parse(String parameter, List<Column> columns, TableSort fallback) {
        if (parameter == null || parameter.isBlank()) {
            return fallback;
        }
        String[] parts = parameter.split(",", 2);
        boolean known = columns.stream().anyMatch(c -> c.sortable() && c.key().equals(parts[0]));
        if (!known) {
            return fallback;
        }
        return new TableSort(parts[0], parts.length < 2 || !"desc".equalsIgnoreCase(parts[1].trim()));
    }

    public static TableSort ascendingBy(String column) {
        return new TableSort(column, true);
    }

    public static TableSort descendingBy(String column) {
        return new TableSort(column, false);
    }

    /** The {@code aria-sort} of a column's heading: ascending, descending, or none. */
    public String ariaSort(String key) {
        if (!key.equals(column)) {
            return "none";
        }
        return ascending ? "ascending" : "descending";
    }

    /** The {@code sort} value a click on a column's heading asks for: this column, the other way if it is the current one. */
    public String next(String key) {
        boolean nextAscending = !key.equals(column) || !ascending;
        return key + (nextAscending ? ",asc" : ",desc");
    }

    /** The rows in this order, given a comparator per column key (in ascending order). */
    public <T> List<T> sorted(List<T> rows, Map<String, Comparator<? super T>> byColumn) {
        Comparator<? super T> by = byColumn.get(column);
        if (by == null) {
            throw new IllegalArgumentException("No comparator for column " + column);
        }
        Comparator<T> order = ascending ? by::compare : (a, b) -> by.compare(b, a);
        return rows.stream().sorted(order).toList();
    }
}
