package procedo.modeler.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import procedo.catalog.persistence.DatabaseSettings;
import procedo.catalog.locality.Agency;
import procedo.catalog.locality.Level;
import procedo.catalog.procedure.ProcedureFilter;
import procedo.engine.CaseView;
import procedo.engine.TaskView;
import procedo.modeler.Application;
import procedo.modeler.cli.Main;
import procedo.modeler.model.ModelKind;
import procedo.modeler.workflow.StartFormSamples;
import procedo.modeler.workflow.WorkflowService;

/**
 * A backup made while the application works on its database, restored into a fresh folder with {@code procedo
 * restore}: the catalog, the models, the templates and a running case are all there, as they were when the backup
 * was made.
 */
class BackupRestoreTest {

    private static final String BIRTH = "1.001193";

    @TempDir
    Path dir;

    private String err = "";
    private String out = "";

    @Test
    void aBackupMadeWhileTheDatabaseIsInUseRestoresIntoAFreshFolderWithEverythingInIt() {
        Path original = dir.resolve("original");
        Path backup = dir.resolve("procedo-backup.zip");
        long procedures;
        String caseId;
        List<String> openTasks;
        int templates;
        try (Application app = Application.open(DatabaseSettings.embedded(original))) {
            app.loadDemoIfEmpty();
            app.workflows().deploy(BIRTH, null, procedo.catalog.account.Principal.system("backup-test"));
            CaseView started = app.workflows().startCase(new WorkflowService.NewCase(BIRTH, "79", "COUNTER",
                    new StartFormSamples(3).sample(app.workflows().startForm(BIRTH, "79"), "79")), procedo.catalog.account.Principal.system("backup-test"));
            TaskView first = started.openTasks().get(0);
            CaseView moved = app.workflows().complete(first.id(), procedo.catalog.account.Principal.system("backup-test"), answers(first));
            caseId = moved.summary().id();
            openTasks = moved.openTasks().stream().map(TaskView::name).toList();
            procedures = app.procedures().find(ProcedureFilter.none(), 0, 1).total();
            templates = app.templates().list().size();

            app.backup().backupTo(backup);

            app.store().localities().saveAgency(new Agency("AFTER_BACKUP", "Saved after the backup", Level.PROVINCE));
        }
        assertThat(procedures).isPositive();
        assertThat(openTasks).isNotEmpty();

        Path fresh = dir.resolve("fresh");
        assertThat(run("restore", backup.toString(), "--data", fresh.toString())).as(err).isZero();
        assertThat(out).contains("Restored", procedures + " procedures");

        try (Application restored = Application.open(DatabaseSettings.embedded(fresh))) {
            assertThat(restored.procedures().find(ProcedureFilter.none(), 0, 1).total()).isEqualTo(procedures);
            assertThat(restored.store().localities().agency("AFTER_BACKUP")).isEmpty();
            assertThat(restored.models().latest(BIRTH, ModelKind.TO_BE)).isPresent();
            assertThat(restored.templates().list()).hasSize(templates);
            CaseView found = restored.workflows().findCase(caseId);
            assertThat(found.openTasks().stream().map(TaskView::name).toList()).isEqualTo(openTasks);
            TaskView next = found.openTasks().get(0);
            assertThat(restored.workflows().complete(next.id(), procedo.catalog.account.Principal.system("backup-test"), answers(next)).summary().id())
                    .isEqualTo(caseId);
        }
    }

    @Test
    void aRestoreKeepsThePreviousDatabaseAsideAndRefusesAFileThatIsNoBackup() throws Exception {
        Path folder = dir.resolve("data");
        Path backup = dir.resolve("empty.zip");
        try (Application app = Application.open(DatabaseSettings.embedded(folder))) {
            app.backup().backupTo(backup);
            app.store().localities().saveAgency(new Agency("BEFORE_RESTORE", "Saved before the restore", Level.PROVINCE));
        }
        Path notABackup = Files.writeString(dir.resolve("notes.zip"), "not a zip");

        assertThat(run("restore", notABackup.toString(), "--data", folder.toString())).isEqualTo(2);
        assertThat(err).contains("notes.zip");
        assertThat(run("restore", backup.toString(), "--data", folder.toString())).as(err).isZero();
        assertThat(out).contains("the previous database is kept as");

        try (var files = Files.list(folder)) {
            List<Path> aside = files.filter(p -> p.getFileName().toString().startsWith("procedo.mv.db.before-restore-"))
                    .toList();
            assertThat(aside).hasSize(1);
            Path copy = dir.resolve("copy");
            Files.createDirectories(copy);
            Files.copy(aside.get(0), copy.resolve("procedo.mv.db"));
            try (Application previous = Application.open(DatabaseSettings.embedded(copy))) {
                assertThat(previous.store().localities().agency("BEFORE_RESTORE")).isPresent();
            }
        }
        try (Application restored = Application.open(DatabaseSettings.embedded(folder))) {
            assertThat(restored.store().localities().agency("BEFORE_RESTORE")).isEmpty();
        }
    }

    private static Map<String, Object> answers(TaskView task) {
        Map<String, Object> data = new java.util.HashMap<>();
        task.form().forEach(f -> data.put(f.id(), Boolean.TRUE));
        return data;
    }

    private int run(String... args) {
        StringWriter output = new StringWriter();
        StringWriter errors = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(output, true));
        cli.setErr(new PrintWriter(errors, true));
        int code = cli.execute(args);
        out = output.toString();
        err = errors.toString();
        return code;
    }
}
