package procedo.modeler.golive.persistence;

import static procedo.catalog.persistence.jooq.Tables.WORKFLOW_STAGE_MOVES;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;
import procedo.catalog.error.ConflictException;
import procedo.catalog.text.Text;
import procedo.modeler.golive.Stage;
import procedo.modeler.golive.StageMove;
import procedo.modeler.golive.StageRepository;

/** Stage moves in table {@code workflow_stage_moves}; times in UTC, pilot provinces comma-separated. */
public final class JooqStageRepository implements StageRepository {

    private final DSLContext dsl;

    public JooqStageRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<StageMove> moves(String procedureCode) {
        return dsl.selectFrom(WORKFLOW_STAGE_MOVES).where(WORKFLOW_STAGE_MOVES.PROCEDURE_CODE.eq(procedureCode))
                .orderBy(WORKFLOW_STAGE_MOVES.SEQ).fetch(JooqStageRepository::move);
    }

    @Override
    public Optional<StageMove> current(String procedureCode) {
        return dsl.selectFrom(WORKFLOW_STAGE_MOVES).where(WORKFLOW_STAGE_MOVES.PROCEDURE_CODE.eq(procedureCode))
                .orderBy(WORKFLOW_STAGE_MOVES.SEQ.desc()).limit(1).fetchOptional(JooqStageRepository::move);
    }

    @Override
    public Map<String, StageMove> currentOfAll() {
        var latest = dsl.select(WORKFLOW_STAGE_MOVES.PROCEDURE_CODE, DSL.max(WORKFLOW_STAGE_MOVES.SEQ).as("seq"))
                .from(WORKFLOW_STAGE_MOVES).groupBy(WORKFLOW_STAGE_MOVES.PROCEDURE_CODE).asTable("latest");
        Map<String, StageMove> result = new LinkedHashMap<>();
        dsl.select(WORKFLOW_STAGE_MOVES.fields()).from(WORKFLOW_STAGE_MOVES).join(latest)
                .on(WORKFLOW_STAGE_MOVES.PROCEDURE_CODE.eq(latest.field(WORKFLOW_STAGE_MOVES.PROCEDURE_CODE)),
                        WORKFLOW_STAGE_MOVES.SEQ.eq(latest.field("seq", Integer.class)))
                .orderBy(WORKFLOW_STAGE_MOVES.PROCEDURE_CODE)
                .forEach(r -> result.put(r.get(WORKFLOW_STAGE_MOVES.PROCEDURE_CODE), move(r)));
        return result;
    }

    @Override
    public void append(StageMove move) {
        try {
            dsl.insertInto(WORKFLOW_STAGE_MOVES)
                    .set(WORKFLOW_STAGE_MOVES.PROCEDURE_CODE, move.procedureCode())
                    .set(WORKFLOW_STAGE_MOVES.SEQ, move.version())
                    .set(WORKFLOW_STAGE_MOVES.STAGE, move.stage().name())
                    .set(WORKFLOW_STAGE_MOVES.PROVINCES, move.provinces().isEmpty() ? null
                            : String.join(",", move.provinces()))
                    .set(WORKFLOW_STAGE_MOVES.REASON, move.reason())
                    .set(WORKFLOW_STAGE_MOVES.MOVED_BY, move.movedBy())
                    .set(WORKFLOW_STAGE_MOVES.MOVER_NAME, move.moverName())
                    .set(WORKFLOW_STAGE_MOVES.MOVED_AT, LocalDateTime.ofInstant(move.movedAt(), ZoneOffset.UTC))
                    .execute();
        } catch (IntegrityConstraintViolationException e) {
            throw new ConflictException(Text.of("modeler.golive.stale", move.procedureCode(), move.version(),
                    move.version() - 1));
        }
    }

    private static StageMove move(Record r) {
        String provinces = r.get(WORKFLOW_STAGE_MOVES.PROVINCES);
        return new StageMove(r.get(WORKFLOW_STAGE_MOVES.PROCEDURE_CODE), r.get(WORKFLOW_STAGE_MOVES.SEQ),
                Stage.valueOf(r.get(WORKFLOW_STAGE_MOVES.STAGE)),
                provinces == null ? List.of() : Arrays.asList(provinces.split(",")), r.get(WORKFLOW_STAGE_MOVES.REASON),
                r.get(WORKFLOW_STAGE_MOVES.MOVED_BY), r.get(WORKFLOW_STAGE_MOVES.MOVER_NAME),
                r.get(WORKFLOW_STAGE_MOVES.MOVED_AT).toInstant(ZoneOffset.UTC));
    }
}
