package procedo.modeler.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import procedo.catalog.persistence.DatabaseSettings;
import procedo.engine.CaseView;
import procedo.engine.CaseState;
import procedo.engine.FormField;
import procedo.engine.TaskView;
import procedo.modeler.Application;

/** Every demo to-be model deploys without a problem and runs a case from its start form to an end. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoWorkflowsTest {

    private Application app;

    @BeforeAll
    void open() {
        app = Application.open(DatabaseSettings.inMemory("demo-workflows-" + UUID.randomUUID()));
        app.loadDemoIfEmpty();
    }

    @AfterAll
    void close() {
        app.close();
    }

    private static procedo.catalog.account.Actor named(String name) {
        return procedo.catalog.StoreTest.named(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.001193", "1.004222", "1.013225", "2.001610", "3.000333", "1.000894", "1.001612"})
    void deploysAndRunsACaseToItsEnd(String code) {
        WorkflowService workflows = app.workflows();
        assertThat(workflows.check(code, null)).isEmpty();
        assertThat(workflows.deploy(code, null, procedo.catalog.account.Principal.system("test")).workflow().version()).isEqualTo(1);

        StartForm form = workflows.startForm(code, "48");
        Map<String, Object> data = new StartFormSamples(5).sample(form, "48");
        assertThat(form.check(data)).isEmpty();
        CaseView c = workflows.startCase(new WorkflowService.NewCase(code, "48", "ONLINE", data), procedo.catalog.account.Principal.system("officer"));
        for (int guard = 0; !c.openTasks().isEmpty(); guard++) {
            assertThat(guard).isLessThan(20);
            TaskView task = c.openTasks().get(0);
            assertThat(task.candidateGroups()).isNotEmpty();
            Map<String, Object> answers = new HashMap<>();
            for (FormField f : task.form()) {
                answers.put(f.id(), f.id().equals("approved"));
            }
            c = workflows.complete(task.id(), procedo.catalog.account.Principal.system("officer"), answers);
        }
        assertThat(c.summary().state()).isEqualTo(CaseState.COMPLETED);
        assertThat(c.summary().endName()).isNotBlank();
        assertThat(c.history()).extracting(e -> e.type()).contains("userTask", "noneEndEvent");
    }
}
