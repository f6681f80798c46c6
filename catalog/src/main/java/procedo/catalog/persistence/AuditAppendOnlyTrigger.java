package procedo.catalog.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The H2 trigger that keeps the audit trail append-only: every UPDATE or DELETE of {@code audit_log} fails
 * (PostgreSQL has its own trigger, written in PL/pgSQL by the migration).
 */
public final class AuditAppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit_log is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused",
                "P0001");
    }
}
