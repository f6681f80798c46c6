package procedo.catalog.persistence;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.util.Set;

/**
 * Tells the pool which errors mean that a connection is beyond use, so that it is dropped at once instead of being
 * lent again: besides the connection errors the pool knows (SQL state class 08), H2's own codes for a broken
 * connection and a closed database (after a full disk or an out-of-memory error H2 closes the database, and the
 * next connection opens it again).
 */
public final class BrokenConnections implements SQLExceptionOverride {

    /** H2: connection broken, database closed, database called at shutdown, file corrupted, out of memory. */
    private static final Set<Integer> H2_BROKEN = Set.of(90067, 90098, 90121, 90030, 90108);

    @java.lang.Override
    public SQLExceptionOverride.Override adjudicate(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && H2_BROKEN.contains(sql.getErrorCode())) {
                return SQLExceptionOverride.Override.MUST_EVICT;
            }
        }
        return SQLExceptionOverride.Override.CONTINUE_EVICT;
    }
}
