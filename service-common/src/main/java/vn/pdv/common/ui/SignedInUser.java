package vn.pdv.common.ui;

/**
 * Who is signed in, as the layout's header shows it. A service puts it into every page's model under
 * {@link #MODEL_ATTRIBUTE} (a {@code @ModelAttribute} in its security adapter); without it the header shows no
 * account and no sign-out button.
 *
 * @param name the person's name, as the identity provider gives it
 * @param unit the name of the unit the account belongs to
 */
public record SignedInUser(String name, String unit) {

    public static final String MODEL_ATTRIBUTE = "signedInUser";
}
