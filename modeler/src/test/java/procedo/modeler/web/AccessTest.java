package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import procedo.catalog.account.AccountRole;
import procedo.catalog.account.Grant;
import procedo.modeler.web.http.Access;
import procedo.modeler.web.http.Route;

/**
 * The access matrix: every route of the route table called by every kind of person — an administrator, an analyst,
 * a locality officer and a case officer of Hồ Chí Minh City (79), a viewer, and someone not signed in — and, for the
 * routes scoped to a province, both for the officer's own province and for Hà Nội (01). Each call is allowed or
 * refused exactly as the route's rule says.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessTest {

    static final String BIRTH = "1.001193";
    static final String OWN = "79";
    static final String OTHER = "01";

    private TestServer server;
    private final Map<String, TestServer> callers = new LinkedHashMap<>();

    @BeforeAll
    void start() {
        server = TestServer.start();
        server.application.loadDemoIfEmpty();
        callers.put("anonymous", server.anonymous());
        callers.put("viewer", server.asNewUser("xem", Grant.of(AccountRole.VIEWER)));
        callers.put("case officer", server.asNewUser("mot-cua", new Grant(AccountRole.CASE_OFFICER, OWN,
                List.of("tu-phap", "applicant"))));
        callers.put("locality officer", server.asNewUser("so-noi-vu", new Grant(AccountRole.LOCALITY_OFFICER, OWN,
                List.of())));
        callers.put("analyst", server.asNewUser("phan-tich", Grant.of(AccountRole.ANALYST)));
        callers.put("administrator", server);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void everyRouteAllowsAndRefusesExactlyWhomItsRuleSays() {
        List<Route> routes = server.application.webServer().routes();
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Route route : routes) {
            List<String> provinces = route.role() == Access.LOCALITY ? List.of(OWN, OTHER) : List.of(OWN);
            for (String province : provinces) {
                for (var caller : callers.entrySet()) {
                    int status = call(caller.getValue(), route, province);
                    calls++;
                    String expected = expected(route, caller.getKey(), province);
                    String actual = status == 401 ? "401" : status == 403 ? "403" : status >= 500 ? "5xx" : "allowed";
                    if (!expected.equals(actual) && !(expected.equals("any") && !actual.equals("403")
                            && !actual.equals("5xx"))) {
                        wrong.add(route.method() + " " + route.path() + " [" + province + "] as " + caller.getKey()
                                + ": expected " + expected + ", got " + status);
                    }
                }
            }
        }
        assertThat(wrong).as("calls that broke their route's rule").isEmpty();
        assertThat(calls).as("route × person calls").isGreaterThan(routes.size() * callers.size());
        System.out.printf("access matrix: %d routes, %d calls, all as their rules say%n", routes.size(), calls);
    }

    /** What the route's rule says for this person: allowed, 401 or 403 ("any": a public route, never 403). */
    private static String expected(Route route, String caller, String province) {
        if (route.role() == Access.PUBLIC) {
            return "any";
        }
        if (caller.equals("anonymous")) {
            return "401";
        }
        boolean allowed = switch (route.role()) {
            case PUBLIC, SIGNED_IN -> true;
            case ANALYST -> caller.equals("administrator") || caller.equals("analyst");
            case ADMIN -> caller.equals("administrator");
            case CASE_WORK -> caller.equals("administrator") || caller.equals("case officer");
            case LOCALITY -> caller.equals("administrator") || caller.equals("analyst")
                    || caller.equals("locality officer") && province.equals(OWN);
        };
        return allowed ? "allowed" : "403";
    }

    private static final Pattern PARAMETER = Pattern.compile("\\{([a-zA-Z]+)}");

    /** Calls a route with placeholder values: the answer past the access check may be 2xx, 400, 404 or 409. */
    private static int call(TestServer caller, Route route, String province) {
        Matcher m = PARAMETER.matcher(route.path());
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "code" -> BIRTH;
                case "kind" -> "TO_BE";
                case "locality" -> province;
                case "applicantType" -> "CITIZEN";
                case "year" -> "2025";
                case "username" -> "xem";
                case "name" -> "khong-co";
                case "form" -> "khong-co";
                default -> "999999";
            };
            m.appendReplacement(path, value);
        }
        m.appendTail(path);
        String url = path.toString();
        if (route.path().endsWith("/deployments") && route.method().name().equals("POST")) {
            url += "?locality=" + province;
        }
        String body = route.path().endsWith("/usage") ? """
                {"stats": [{"localityCode": "%s", "year": 2031, "source": "IMPORTED", "dossiersTotal": 5}]}"""
                .formatted(province) : "{}";
        return switch (route.method().name()) {
            case "GET" -> caller.get(url).status();
            case "DELETE" -> caller.delete(url).status();
            case "POST" -> caller.post(url, body).status();
            case "PUT" -> caller.put(url, body).status();
            default -> throw new AssertionError(route.method());
        };
    }

    @Test
    void theOpenApiDescriptionListsEveryRouteWithItsRule() {
        var description = server.get("/api/openapi.json");

        assertThat(description.status()).isEqualTo(200);
        for (Route route : server.application.webServer().routes()) {
            var operation = description.body().at("/paths").get(route.path())
                    .get(route.method().name().toLowerCase(java.util.Locale.ROOT));
            assertThat(operation).as(route.method() + " " + route.path()).isNotNull();
            assertThat(operation.get("x-required-role").asText()).isEqualTo(route.role().name());
        }
    }

    @Test
    void pagesSendWhoeverIsNotSignedInToTheSignInPage() {
        var page = server.anonymous().get("/");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).isEqualTo("/signin.html?next=%2F");
        assertThat(server.anonymous().get("/procedure.html?code=1.001193").header("Location"))
                .isEqualTo("/signin.html?next=%2Fprocedure.html%3Fcode%3D1.001193");
        assertThat(server.anonymous().get("/app.css").status()).as("styles need no session").isEqualTo(200);
        assertThat(server.anonymous().get("/api/health").status()).isEqualTo(401);
    }
}
