package procedo.modeler.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import procedo.modeler.web.http.Route;

/** An OpenAPI 3 description made from the route table itself, so that it cannot drift from the routes. */
final class OpenApi {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{(\\w+)}");

    private OpenApi() {
    }

    static Map<String, Object> describe(List<Route> routes) {
        Map<String, Object> paths = new TreeMap<>();
        for (Route route : routes) {
            @SuppressWarnings("unchecked")
            var operations = (Map<String, Object>) paths.computeIfAbsent(route.path(),
                    p -> new LinkedHashMap<String, Object>());
            Map<String, Object> operation = new LinkedHashMap<>();
            operation.put("summary", route.summary());
            operation.put("x-required-role", route.role().name());
            List<Object> parameters = new ArrayList<>();
            Matcher names = PATH_PARAMETER.matcher(route.path());
            while (names.find()) {
                parameters.add(Map.of("name", names.group(1), "in", "path", "required", true,
                        "schema", Map.of("type", "string")));
            }
            if (!parameters.isEmpty()) {
                operation.put("parameters", parameters);
            }
            operation.put("responses", Map.of("200", Map.of("description", "OK"),
                    "400", Map.of("description", "Invalid input: errors[] with field and message"),
                    "403", Map.of("description", "The route needs the " + route.role() + " role")));
            operations.put(route.method().name().toLowerCase(Locale.ROOT), operation);
        }
        return Map.of("openapi", "3.0.3", "info", Map.of("title", "Procedo API", "version", "0.1"), "paths", paths);
    }
}
