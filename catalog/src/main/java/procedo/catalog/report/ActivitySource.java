package procedo.catalog.report;

import java.util.Iterator;
import java.util.List;
import procedo.catalog.cost.Activity;

/** Streams every procedure's as-is activities, grouped per procedure, in the order of the procedures' row ids. */
public interface ActivitySource {

    /** One procedure's as-is activities. */
    record ProcedureActivities(long procedureId, List<Activity> activities) {
    }

    /** An open stream; closing it releases the database cursor. */
    interface Cursor extends Iterator<ProcedureActivities>, AutoCloseable {
        @Override
        void close();
    }

    Cursor asIsActivities();
}
