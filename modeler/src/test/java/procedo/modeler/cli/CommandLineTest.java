package procedo.modeler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CommandLineTest extends CliTest {

    @Test
    void costPrintsTheExactResultOfAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("cost.json"), """
                {"tariffVndPerHour": 25000, "dossiersPerYear": 1000, "feesVnd": 8000,
                 "activities": [{"name": "Nộp hồ sơ", "hours": 1.5, "outOfPocketVnd": 20000, "share": 0.5}]}""");

        int exit = run("cost", file.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("\"costPerDossierVnd\" : 36750", "\"annualCostVnd\" : 36750000");
    }

    @Test
    void costComparesWhenTheFileHasAsIsAndToBe() throws IOException {
        Path file = Files.writeString(dir.resolve("compare.json"), """
                {"asIs": {"tariffVndPerHour": 40000, "dossiersPerYear": 100, "activities": [{"name": "a", "hours": 2}]},
                 "toBe": {"tariffVndPerHour": 40000, "dossiersPerYear": 100, "activities": [{"name": "b", "hours": 1}]}}""");

        assertThat(run("cost", file.toString())).isZero();
        assertThat(out.toString()).contains("\"savingVnd\" : 4000000", "\"savingPercent\" : 50");
    }

    @Test
    void badInputExitsWithTwoAndNamesTheFileAndField() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"), """
                {"tariffVndPerHour": 25000, "dossiersPerYear": 10, "activities": [{"name": "x", "hours": 1, "share": 2}]}""");

        assertThat(run("cost", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("bad.json", "activities[0].share");
        assertThat(run("cost", dir.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("missing.json");
    }

    @Test
    void rankPrintsTheRankedDemoCatalogWithContributions() {
        int exit = run("rank", "--data", dir.resolve("data").toString(), "--limit", "5");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("profile balanced", "   1  ", "vol ", "save ");
        assertThat(out.toString().lines().filter(l -> l.matches("\\s+\\d+\\s.*")).count()).isEqualTo(5);
    }

    @Test
    void portfolioPrintsTheChosenSetWithinTheBudget() {
        int exit = run("portfolio", "--data", dir.resolve("data").toString(), "--budget", "100");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"budgetDays\" : 100", "\"totalEffortDays\"", "\"selected\"");
    }

    @Test
    void portfolioWritesItsWorkbookWithEveryProcedureLeftOut() throws IOException {
        Path file = dir.resolve("danh-muc.xlsx");

        int exit = run("portfolio", "--data", dir.resolve("data").toString(), "--budget", "60", "--out", file.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"leftOutTotal\"", "\"reason\" : \"FULLY_ONLINE\"");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(workbook.getSheet("Danh mục ưu tiên").getRow(3).getCell(1).getNumericCellValue()).isEqualTo(60);
            assertThat(workbook.getSheet("Không được chọn").getLastRowNum()).isPositive();
        }
    }
}
