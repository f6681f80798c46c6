package procedo.catalog.persistence;

import static procedo.catalog.persistence.jooq.Tables.SCM_ACTIVITIES;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.jooq.DSLContext;
import procedo.catalog.cost.Activity;
import procedo.catalog.cost.ActivityKind;
import procedo.catalog.number.Decimals;
import procedo.catalog.persistence.jooq.tables.records.ScmActivitiesRecord;
import procedo.catalog.report.ActivitySource;

/** Streams the as-is activities of every procedure with one ordered query and a database cursor. */
public final class JooqActivitySource implements ActivitySource {

    private final DSLContext dsl;

    public JooqActivitySource(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public ActivitySource.Cursor asIsActivities() {
        org.jooq.Cursor<ScmActivitiesRecord> rows = dsl.selectFrom(SCM_ACTIVITIES)
                .where(SCM_ACTIVITIES.SCENARIO.eq(JooqProcedureRepository.AS_IS))
                .orderBy(SCM_ACTIVITIES.PROCEDURE_ID, SCM_ACTIVITIES.SEQ)
                .fetchSize(5000)
                .fetchLazy();
        return new Grouping(rows);
    }

    private static final class Grouping implements ActivitySource.Cursor {
        private final org.jooq.Cursor<ScmActivitiesRecord> rows;
        private ScmActivitiesRecord lookahead;

        Grouping(org.jooq.Cursor<ScmActivitiesRecord> rows) {
            this.rows = rows;
            this.lookahead = rows.fetchNext();
        }

        @Override
        public boolean hasNext() {
            return lookahead != null;
        }

        @Override
        public ProcedureActivities next() {
            if (lookahead == null) {
                throw new NoSuchElementException();
            }
            long id = lookahead.getProcedureId();
            List<Activity> group = new ArrayList<>();
            while (lookahead != null && lookahead.getProcedureId() == id) {
                ScmActivitiesRecord a = lookahead;
                group.add(new Activity(a.getName(), ActivityKind.valueOf(a.getKind()), Decimals.plain(a.getHours()),
                        Decimals.plain(a.getOutOfPocketVnd()), Decimals.plain(a.getShare())));
                lookahead = rows.fetchNext();
            }
            return new ProcedureActivities(id, group);
        }

        @Override
        public void close() {
            rows.close();
        }
    }
}
