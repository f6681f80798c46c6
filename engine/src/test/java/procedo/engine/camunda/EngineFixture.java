package procedo.engine.camunda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import procedo.engine.DueDates;
import procedo.engine.EngineDatabase;
import procedo.engine.EngineSettings;
import procedo.engine.WorkflowEngine;
import procedo.engine.calendar.Deadlines;

/** One engine per kind of database for a test class, started on first use and closed with the fixture. */
final class EngineFixture implements AutoCloseable {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DueDates DUE_DATES = Deadlines.vietnam()::due;

    private final Map<EngineDatabase, EngineDatabase.Pool> pools = new EnumMap<>(EngineDatabase.class);
    private final Map<EngineDatabase, WorkflowEngine> engines = new EnumMap<>(EngineDatabase.class);

    WorkflowEngine engine(EngineDatabase database) {
        return engines.computeIfAbsent(database, d -> {
            EngineDatabase.Pool pool = d.create();
            pools.put(d, pool);
            return CamundaEngines.embedded(new EngineSettings(pool.dataSource(), "test-" + d.name().toLowerCase(),
                    false, DUE_DATES, VIETNAM));
        });
    }

    static byte[] fiveTaskModel() {
        return resource("/procedo/engine/camunda/five-task.bpmn");
    }

    static byte[] resource(String name) {
        try (InputStream in = EngineFixture.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 09:00 in Vietnam on that day. */
    static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(VIETNAM).toInstant();
    }

    @Override
    public void close() {
        engines.values().forEach(WorkflowEngine::close);
        pools.values().forEach(EngineDatabase.Pool::close);
    }
}
