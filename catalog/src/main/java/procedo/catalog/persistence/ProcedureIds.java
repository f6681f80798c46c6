package procedo.catalog.persistence;

import static procedo.catalog.persistence.jooq.Tables.PROCEDURES;

import java.util.Optional;
import org.jooq.DSLContext;
import procedo.catalog.error.NotFoundException;

/** The row id behind a procedure code: codes are what callers know, ids are what child tables reference. */
final class ProcedureIds {

    private ProcedureIds() {
    }

    static Optional<Long> find(DSLContext dsl, String code) {
        return Optional.ofNullable(
                dsl.select(PROCEDURES.ID).from(PROCEDURES).where(PROCEDURES.CODE.eq(code)).fetchOne(PROCEDURES.ID));
    }

    static long require(DSLContext dsl, String code) {
        return find(dsl, code).orElseThrow(() -> NotFoundException.of("procedure", code));
    }
}
