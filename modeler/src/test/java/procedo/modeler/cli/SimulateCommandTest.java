package procedo.modeler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import procedo.modeler.model.Snippets;

/** {@code procedo simulate}: a file or a stored demo model, the results said in Vietnamese, refusals too. */
class SimulateCommandTest extends CliTest {

    @Test
    void simulatesAFileAndPrintsTheResultsTheVietnameseWay() throws IOException {
        Path file = Files.writeString(dir.resolve("commune.bpmn"), Snippets.COMMUNE);
        Path parameters = Files.writeString(dir.resolve("p.json"), """
                {"branches": {"F5": 0.75, "F6": 0.25},
                 "tasks": {"T_visit": {"applicantHours": 2.5, "outOfPocket": 1500000}}}""");

        assertThat(run("simulate", "--file", file.toString(), "--parameters", parameters.toString(),
                "--cases", "1500", "--seed", "3")).as(err.toString()).isZero();
        String printed = out.toString();
        assertThat(printed).contains("Số hồ sơ: 1.500 (tính kết quả trên 1.350 hồ sơ sau giai đoạn khởi động),"
                        + " từ ngày 05/01/2026")
                .contains("Thời gian giải quyết (ngày làm việc): trung bình ")
                .contains("Người nộp hồ sơ, mỗi hồ sơ: 3,08 giờ, 1 lần đến trực tiếp, 1.500.000 đ chi phí tự trả")
                .contains("- Cán bộ một cửa: 2 người; ")
                .contains("- Kiểm tra hồ sơ: 1; ");

        assertThat(run("simulate", "--file", file.toString(), "--parameters", parameters.toString(),
                "--cases", "1500", "--seed", "3")).isZero();
        assertThat(out.toString()).isEqualTo(printed);

        Path bad = Files.writeString(dir.resolve("bad.json"), """
                {"tasks": {"T_check": {"duration": {"kind": "UNIFORM", "min": 3, "max": 1}}}}""");
        assertThat(run("simulate", "--file", file.toString(), "--parameters", bad.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("parameters.tasks.T_check.duration")
                .contains("Thời gian của 'Kiểm tra hồ sơ': giá trị nhỏ nhất");
    }

    @Test
    void simulatesAStoredDemoModelAndStoresTheRun() {
        String data = dir.resolve("data").toString();
        assertThat(run("simulate", "--data", data, "--procedure", "1.001193", "--kind", "AS_IS", "--cases", "300"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("Đã lưu lượt mô phỏng số 1: thủ tục 1.001193, mô hình ")
                .contains("Thời gian giải quyết");
        assertThat(run("simulate", "--data", data, "--procedure", "1.001193", "--kind", "TO_BE", "--cases", "300",
                "--json")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"cycleTime\"").contains("\"agencyCostPerCase\"");
        assertThat(run("simulate", "--data", data, "--procedure", "0.000000")).isEqualTo(3);
    }
}
