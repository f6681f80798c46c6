package procedo.modeler.simulation.persistence;

import static procedo.catalog.persistence.jooq.Tables.PROCEDURES;
import static procedo.catalog.persistence.jooq.Tables.SIMULATION_RUNS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import procedo.catalog.error.NotFoundException;
import procedo.modeler.model.ModelKind;
import procedo.modeler.simulation.SimulationParameters;
import procedo.modeler.simulation.SimulationRepository;
import procedo.modeler.simulation.SimulationResult;
import procedo.modeler.simulation.StoredSimulation;

/** Simulation runs in table {@code simulation_runs}: parameters and results as JSON text, times in UTC. */
public final class JooqSimulationRepository implements SimulationRepository {

    private final DSLContext dsl;
    private final ObjectMapper json;

    public JooqSimulationRepository(DSLContext dsl, ObjectMapper json) {
        this.dsl = dsl;
        this.json = json;
    }

    @Override
    public StoredSimulation save(String procedureCode, ModelKind kind, int modelVersion, String runBy,
                                 SimulationParameters given, SimulationResult result) {
        long procedure = procedureId(procedureCode);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        Long id = dsl.insertInto(SIMULATION_RUNS)
                .set(SIMULATION_RUNS.PROCEDURE_ID, procedure)
                .set(SIMULATION_RUNS.KIND, kind.name())
                .set(SIMULATION_RUNS.MODEL_VERSION, modelVersion)
                .set(SIMULATION_RUNS.CASES, result.cases())
                .set(SIMULATION_RUNS.SEED, result.parameters().run().seed())
                .set(SIMULATION_RUNS.PARAMETERS, write(given))
                .set(SIMULATION_RUNS.RESULT, write(result))
                .set(SIMULATION_RUNS.RUN_BY, runBy)
                .set(SIMULATION_RUNS.RUN_AT, now)
                .returningResult(SIMULATION_RUNS.ID)
                .fetchOne(SIMULATION_RUNS.ID);
        return new StoredSimulation(id, procedureCode, kind, modelVersion, runBy, now.toInstant(ZoneOffset.UTC),
                given, result);
    }

    @Override
    public Optional<StoredSimulation> find(long id) {
        return select(SIMULATION_RUNS.ID.eq(id), 1).stream().findFirst();
    }

    @Override
    public List<StoredSimulation> runs(String procedureCode, ModelKind kind, Integer modelVersion, int limit) {
        Condition condition = SIMULATION_RUNS.PROCEDURE_ID.eq(procedureId(procedureCode))
                .and(SIMULATION_RUNS.KIND.eq(kind.name()));
        if (modelVersion != null) {
            condition = condition.and(SIMULATION_RUNS.MODEL_VERSION.eq(modelVersion));
        }
        return select(condition, limit);
    }

    private List<StoredSimulation> select(Condition condition, int limit) {
        return dsl.select(SIMULATION_RUNS.ID, PROCEDURES.CODE, SIMULATION_RUNS.KIND, SIMULATION_RUNS.MODEL_VERSION,
                        SIMULATION_RUNS.RUN_BY, SIMULATION_RUNS.RUN_AT, SIMULATION_RUNS.PARAMETERS,
                        SIMULATION_RUNS.RESULT)
                .from(SIMULATION_RUNS).join(PROCEDURES).on(PROCEDURES.ID.eq(SIMULATION_RUNS.PROCEDURE_ID))
                .where(condition)
                .orderBy(SIMULATION_RUNS.ID.desc())
                .limit(limit)
                .fetch(this::stored);
    }

    private StoredSimulation stored(Record r) {
        return new StoredSimulation(r.get(SIMULATION_RUNS.ID), r.get(PROCEDURES.CODE),
                ModelKind.valueOf(r.get(SIMULATION_RUNS.KIND)), r.get(SIMULATION_RUNS.MODEL_VERSION),
                r.get(SIMULATION_RUNS.RUN_BY), r.get(SIMULATION_RUNS.RUN_AT).toInstant(ZoneOffset.UTC),
                read(r.get(SIMULATION_RUNS.PARAMETERS), SimulationParameters.class),
                read(r.get(SIMULATION_RUNS.RESULT), SimulationResult.class));
    }

    private long procedureId(String code) {
        Long id = dsl.select(PROCEDURES.ID).from(PROCEDURES).where(PROCEDURES.CODE.eq(code)).fetchOne(PROCEDURES.ID);
        if (id == null) {
            throw NotFoundException.of("procedure", code);
        }
        return id;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a simulation cannot be written as JSON", e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored simulation cannot be read", e);
        }
    }
}
