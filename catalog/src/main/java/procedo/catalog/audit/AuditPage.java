package procedo.catalog.audit;

import java.util.List;

/** A page of audit records, newest first, and the number of records matching the filter. */
public record AuditPage(List<AuditRecord> items, long total, int offset, int limit) {

    public AuditPage {
        items = List.copyOf(items);
    }
}
