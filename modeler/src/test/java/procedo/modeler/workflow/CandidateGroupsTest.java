package procedo.modeler.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import procedo.catalog.error.InvalidInputException;

/** The configured list of candidate groups: the bundled one, a file of one's own, and a file with a bad line. */
class CandidateGroupsTest {

    @Test
    void theBundledListNamesTheGroupsOfTheDemoWorkflowsInVietnamese() {
        CandidateGroups.Configured bundled = CandidateGroups.Configured.bundled();
        assertThat(bundled.names()).containsKeys("mot-cua", "tu-phap", "cong-an", "dang-ky-kinh-doanh", "xay-dung",
                "lanh-dao", "applicant");
        assertThat(bundled.names().get("mot-cua")).startsWith("Bộ phận một cửa");
    }

    @Test
    void aFileGivesGroupsInItsOrderWithOrWithoutANameAndSkipsCommentsAndBlankLines(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("groups.txt");
        Files.writeString(file, "# nhóm của tỉnh\n\nvan-thu = Văn thư\nke-toan\n", StandardCharsets.UTF_8);
        CandidateGroups.Configured configured = CandidateGroups.Configured.load(file);
        assertThat(configured.names().keySet()).containsExactly("van-thu", "ke-toan");
        assertThat(configured.names().get("van-thu")).isEqualTo("Văn thư");
        assertThat(configured.names().get("ke-toan")).isNull();
    }

    @Test
    void aLineThatIsNotAGroupIdIsRefusedAtItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("groups.txt");
        Files.writeString(file, "van-thu = Văn thư\nphòng tư pháp = Tư pháp\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CandidateGroups.Configured.load(file)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).singleElement()
                        .satisfies(p -> assertThat(p.location()).isEqualTo(file + ":2")));
    }
}
