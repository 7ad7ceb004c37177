package vn.pdv.unit.web;

/**
 * The line every page shows about the link to the province, for {@code layout/parts :: banner(kind, message)}.
 *
 * @param kind    {@code ok} (nothing waiting), {@code info} (events waiting, the link up) or {@code offline} (the last
 *                delivery failed: the broker or registry unreachable)
 * @param message the words, in the reader's language
 */
public record Sync(String kind, String message) {
}
