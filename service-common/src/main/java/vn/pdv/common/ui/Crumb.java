package vn.pdv.common.ui;

/**
 * One step of the breadcrumb trail the layout draws from its {@code trail} parameter. The last crumb is the page
 * itself and is not a link.
 *
 * @param label   words from data, e.g. a unit's name; null when {@code message} names the words
 * @param message a message key for crumbs that are not data ("Trang chủ"); null when {@code label} is given
 * @param href    where the crumb leads; null for the current page
 */
public record Crumb(String label, String message, String href) {

    public static Crumb named(String label, String href) {
        return new Crumb(label, null, href);
    }

    public static Crumb message(String key, String href) {
        return new Crumb(null, key, href);
    }
}
