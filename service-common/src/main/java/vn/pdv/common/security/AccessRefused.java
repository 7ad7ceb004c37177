package vn.pdv.common.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * A refusal that says what was missing, in Vietnamese and English: a role ({@code rule = "role-required"}) or the
 * unit ({@code rule = "unit-out-of-scope"}). Thrown before anything is written.
 */
public class AccessRefused extends AccessDeniedException {

    private final String rule;
    private final String vi;
    private final String en;

    public AccessRefused(String rule, String vi, String en) {
        super(en);
        this.rule = rule;
        this.vi = vi;
        this.en = en;
    }

    /** The caller lacks every one of {@code roles}. */
    public static AccessRefused roleRequired(Role... roles) {
        String vi = java.util.Arrays.stream(roles).map(Role::vi).collect(java.util.stream.Collectors.joining(" hoặc "));
        String en = java.util.Arrays.stream(roles).map(Role::en).collect(java.util.stream.Collectors.joining(" or "));
        return new AccessRefused("role-required", "Việc này cần vai trò " + vi + ".", "This needs the role " + en + ".");
    }

    /** {@code unit} lies outside the part of the tree the caller's account covers ({@code callerUnit}). */
    public static AccessRefused outOfScope(String unit, String callerUnit) {
        return new AccessRefused("unit-out-of-scope",
                "Tài khoản của đơn vị " + callerUnit + " không được truy cập đơn vị " + unit + ".",
                "An account of unit " + callerUnit + " may not access unit " + unit + ".");
    }

    public String rule() {
        return rule;
    }

    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }
}
