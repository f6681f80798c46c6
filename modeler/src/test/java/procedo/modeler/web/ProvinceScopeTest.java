package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import procedo.catalog.account.AccountRole;
import procedo.catalog.account.Grant;
import procedo.modeler.workflow.StartFormSamples;

/**
 * Officers act in their own province: a case officer of Hồ Chí Minh City (79) receives dossiers there and works
 * only their groups' tasks of its cases, and sees nothing of Hà Nội's (01); a locality officer deploys pilots in
 * their province only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvinceScopeTest {

    private static final String BIRTH = "1.001193";
    private TestServer server;
    private TestServer clerk;
    private TestServer police;

    @BeforeAll
    void start() {
        server = TestServer.start();
        server.application.loadDemoIfEmpty();
        assertThat(server.post("/api/procedures/" + BIRTH + "/deployments", "").status()).isEqualTo(201);
        clerk = server.asNewUser("mot-cua-79", new Grant(AccountRole.CASE_OFFICER, "79", List.of("applicant", "tu-phap")));
        police = server.asNewUser("cong-an-79", new Grant(AccountRole.CASE_OFFICER, "79", List.of("cong-an")));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private TestServer.Response receive(TestServer officer, String province) {
        Map<String, Object> data = new StartFormSamples(7).sample(
                server.application.workflows().startForm(BIRTH, province), province);
        return officer.post("/api/cases", server.toJson(Map.of("procedureCode", BIRTH, "locality", province,
                "channel", "COUNTER", "data", data)));
    }

    @Test
    void aCaseOfficerWorksTheirProvincesCasesForTheirGroupsOnly() {
        var own = receive(clerk, "79");
        assertThat(own.status()).as(own.raw().body()).isEqualTo(201);
        assertThat(receive(clerk, "01").status()).as("receiving in Hà Nội").isEqualTo(403);
        var hanoi = receive(server, "01");
        assertThat(hanoi.status()).isEqualTo(201);
        String ownCase = own.body().at("/summary/id").asText();
        String hanoiCase = hanoi.body().at("/summary/id").asText();

        // The case's first step is the applicant's: only the case's own list shows it, not the officers' list.
        JsonNode tasks = clerk.get("/api/tasks?caseId=" + ownCase).body();
        assertThat(tasks).isNotEmpty().allSatisfy(t -> {
            assertThat(t.get("locality").asText()).isEqualTo("79");
            assertThat(t.get("candidateGroups").get(0).asText()).isIn("applicant", "tu-phap");
            assertThat(t.get("applicant").asBoolean()).isTrue();
        });
        assertThat(clerk.get("/api/tasks?procedureCode=" + BIRTH).body().findValuesAsText("caseId"))
                .doesNotContain(ownCase, hanoiCase);
        assertThat(clerk.get("/api/tasks?caseId=" + hanoiCase).body()).isEmpty();
        assertThat(clerk.get("/api/cases/" + hanoiCase).status()).isEqualTo(403);
        assertThat(clerk.get("/api/cases?procedureCode=" + BIRTH + "&locality=01").status()).isEqualTo(403);
        assertThat(clerk.get("/api/cases?procedureCode=" + BIRTH).body().findValuesAsText("locality"))
                .isNotEmpty().containsOnly("79");
        assertThat(server.get("/api/cases?procedureCode=" + BIRTH).body().findValuesAsText("locality"))
                .contains("79", "01");

        String hanoiTask = hanoi.body().at("/openTasks/0/id").asText();
        assertThat(clerk.post("/api/tasks/" + hanoiTask + "/complete", "{\"data\": {}}").status()).isEqualTo(403);
        assertThat(clerk.post("/api/tasks/" + hanoiTask + "/claim", "").status()).isEqualTo(403);

        String ownTask = own.body().at("/openTasks/0/id").asText();
        assertThat(own.body().at("/openTasks/0/candidateGroups/0").asText()).isEqualTo("applicant");
        assertThat(police.post("/api/tasks/" + ownTask + "/complete", "{\"data\": {}}").status())
                .as("another group's task").isEqualTo(403);
        var done = clerk.post("/api/tasks/" + ownTask + "/complete", "{\"data\": {}}");
        assertThat(done.status()).as(done.raw().body()).isEqualTo(200);
        assertThat(done.body().at("/history").findValuesAsText("user")).contains("mot-cua-79");
        // recorded for the applicant, the case moves on to the agency's review: now in the officer's list
        JsonNode agency = clerk.get("/api/tasks?procedureCode=" + BIRTH).body();
        assertThat(agency).isNotEmpty().allSatisfy(t -> {
            assertThat(t.get("locality").asText()).isEqualTo("79");
            assertThat(t.get("candidateGroups").get(0).asText()).isIn("applicant", "tu-phap");
        });
        assertThat(agency.findValuesAsText("caseId")).contains(ownCase).doesNotContain(hanoiCase);
    }

    @Test
    void aLocalityOfficerDeploysPilotsInTheirOwnProvinceOnly() {
        TestServer officer = server.asNewUser("so-79", new Grant(AccountRole.LOCALITY_OFFICER, "79", List.of()));
        assertThat(officer.post("/api/procedures/" + BIRTH + "/deployments?locality=79", "").status()).isEqualTo(201);
        assertThat(officer.post("/api/procedures/" + BIRTH + "/deployments?locality=01", "").status()).isEqualTo(403);
        assertThat(officer.post("/api/procedures/" + BIRTH + "/deployments", "").status()).as("nationwide")
                .isEqualTo(403);
        assertThat(officer.put("/api/templates/1.001193/adoptions/01", "{}").status()).isEqualTo(403);
    }
}
