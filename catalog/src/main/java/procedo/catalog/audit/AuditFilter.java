package procedo.catalog.audit;

import java.time.Instant;

/**
 * Which records to read; every criterion is optional (null): who (user name or display name, exact, case
 * ignored), the action's code, a time range [from, to), the procedure's code and the province's code.
 */
public record AuditFilter(String who, String action, Instant from, Instant to, String procedureCode,
                          String provinceCode) {

    /** Every record. */
    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
