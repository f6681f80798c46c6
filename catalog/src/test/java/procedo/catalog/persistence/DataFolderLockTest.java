package procedo.catalog.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import procedo.catalog.error.ConflictException;

class DataFolderLockTest {

    @TempDir
    Path dir;

    @Test
    void theEmbeddedDatabaseWritesEveryCommitAndNoLongerServesASecondProcess() {
        DatabaseSettings settings = DatabaseSettings.embedded(dir.resolve("data"));

        assertThat(settings.jdbcUrl()).contains(";WRITE_DELAY=0").doesNotContain("AUTO_SERVER");
        assertThat(settings.dataFolder()).contains(dir.resolve("data").toAbsolutePath());
        assertThat(DatabaseSettings.inMemory("x").dataFolder()).isEmpty();
        assertThat(new DatabaseSettings("jdbc:postgresql://h/db", null, null).dataFolder()).isEmpty();
    }

    @Test
    void aSecondOpenerOfTheFolderIsRefusedWithTheFolderAndTheHolderNamed() throws Exception {
        Path data = dir.resolve("data");
        try (JooqCatalogStore first = JooqCatalogStore.open(DatabaseSettings.embedded(data),
                DataFolderLock.Holder.thisProcess("serve --port 7070"))) {
            first.dataFolderLock().orElseThrow().serving("http://localhost:7070");
            assertThat(Files.readString(data.resolve(DataFolderLock.FILE_NAME)))
                    .contains("pid=" + ProcessHandle.current().pid(), "server=http://localhost:7070");

            assertThatThrownBy(() -> JooqCatalogStore.open(DatabaseSettings.embedded(data)))
                    .isInstanceOf(DataFolderInUseException.class).isInstanceOf(ConflictException.class)
                    .hasMessageContaining(data.toRealPath().toString())
                    .hasMessageContaining("process " + ProcessHandle.current().pid())
                    .hasMessageContaining("serve --port 7070")
                    .hasMessageContaining("http://localhost:7070");
            assertThat(first.isEmpty()).as("the holder still works").isTrue();
        }
        try (JooqCatalogStore again = JooqCatalogStore.open(DatabaseSettings.embedded(data))) {
            assertThat(again.dataFolderLock()).isPresent();
        }
    }

    @Test
    void aHolderInAnotherProcessIsReadFromTheLockFile() {
        String text = new DataFolderLock.Holder(4242, "procedo.jar serve", java.util.Optional.of("http://localhost:9"),
                java.time.Instant.parse("2026-01-02T03:04:05Z")).toProperties();

        assertThat(DataFolderLock.Holder.fromProperties(text)).hasValueSatisfying(h -> {
            assertThat(h.pid()).isEqualTo(4242);
            assertThat(h.server()).contains("http://localhost:9");
            assertThat(h.describe()).isEqualTo(
                    "process 4242 (procedo.jar serve), serving http://localhost:9, since 2026-01-02T03:04:05Z");
        });
    }
}
