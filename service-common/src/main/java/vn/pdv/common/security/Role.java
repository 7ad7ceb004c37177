package vn.pdv.common.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * The PDV roles, as the realm names them in {@code realm_access.roles}. A secretary may do what a clerk does; a
 * province administrator may do everything at the aggregator. A metrics reader (the monitoring's service account)
 * reads {@code /actuator/prometheus} and nothing else.
 */
public enum Role {
    PROVINCE_ADMIN("province-admin", "quản trị tỉnh", "province administrator"),
    VIEWER("viewer", "người xem", "viewer"),
    SECRETARY("secretary", "bí thư / phó bí thư cấp ủy", "committee secretary"),
    CLERK("clerk", "cán bộ nghiệp vụ của cấp ủy", "committee clerk"),
    BRANCH_CLERK("branch-clerk", "cán bộ chi bộ", "branch clerk"),
    METRICS_READER("metrics-reader", "tài khoản giám sát vận hành", "metrics reader");

    private final String realmName;
    private final String vi;
    private final String en;

    Role(String realmName, String vi, String en) {
        this.realmName = realmName;
        this.vi = vi;
        this.en = en;
    }

    /** Whether holding this role lets one do what {@code other} may: a secretary does a clerk's work, a clerk a branch clerk's. */
    public boolean covers(Role other) {
        return this == other
                || this == SECRETARY && (other == CLERK || other == BRANCH_CLERK)
                || this == CLERK && other == BRANCH_CLERK;
    }

    public static Optional<Role> ofRealmName(String name) {
        return Arrays.stream(values()).filter(role -> role.realmName.equals(name)).findFirst();
    }

    /** The Spring authority, for {@code hasRole(...)}: {@code ROLE_PROVINCE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public String realmName() {
        return realmName;
    }

    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }
}
