package procedo.engine.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import procedo.engine.Channel;
import procedo.engine.DeployRequest;
import procedo.engine.DeployedWorkflow;
import procedo.engine.EngineDatabase;
import procedo.engine.StartCase;
import procedo.engine.WorkflowConflictException;
import procedo.engine.WorkflowEngine;
import procedo.engine.WorkflowNotFoundException;

/**
 * A refusal (no such task, no such or a suspended workflow) reaches the caller as the port's exception without
 * the engine logging an error: a 404 or a 409 of the API writes no ERROR line with a stack trace.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefusalLoggingTest {

    private final EngineFixture fixture = new EngineFixture();
    private final Logger camunda = (Logger) LoggerFactory.getLogger("org.camunda");
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void capture() {
        logged.list.clear();
        logged.start();
        camunda.addAppender(logged);
    }

    @AfterEach
    void release() {
        camunda.detachAppender(logged);
        logged.stop();
    }

    @AfterAll
    void close() {
        fixture.close();
    }

    @Test
    void anUnknownTaskIsRefusedWithoutAnErrorLogged() {
        WorkflowEngine engine = fixture.engine(EngineDatabase.H2);
        assertThatThrownBy(() -> engine.task("no-such-task")).isInstanceOf(WorkflowNotFoundException.class)
                .hasMessageContaining("no-such-task");
        assertThatThrownBy(() -> engine.complete("no-such-task", "chi", Map.of()))
                .isInstanceOf(WorkflowNotFoundException.class);
        assertThatThrownBy(() -> engine.claim("no-such-task", "chi")).isInstanceOf(WorkflowNotFoundException.class);
        assertThat(errors()).isEmpty();
    }

    @Test
    void aStartOnASuspendedOrMissingWorkflowIsRefusedWithoutAnErrorLogged() {
        WorkflowEngine engine = fixture.engine(EngineDatabase.H2);
        String code = "9.100901";
        DeployedWorkflow deployed = engine.deploy(new DeployRequest(code, null, EngineFixture.fiveTaskModel(), 1,
                Set.of(), "analyst"));
        engine.suspend(deployed.workflowId());
        assertThatThrownBy(() -> engine.startCase(start(code))).isInstanceOf(WorkflowConflictException.class)
                .hasMessageContaining("suspended");
        assertThatThrownBy(() -> engine.startCase(start("9.100902"))).isInstanceOf(WorkflowNotFoundException.class)
                .hasMessageContaining("9.100902");
        assertThat(errors()).isEmpty();
        engine.resume(deployed.workflowId());
        assertThat(engine.startCase(start(code)).workflowVersion()).isEqualTo(1);
    }

    private static StartCase start(String code) {
        return new StartCase(code, "79", Channel.ONLINE, 5, Map.of("applicantName", "Nguyễn Văn A"), "officer");
    }

    private java.util.List<String> errors() {
        return logged.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).toList();
    }
}
