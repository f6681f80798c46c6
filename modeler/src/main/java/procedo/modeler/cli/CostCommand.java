package procedo.modeler.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import procedo.catalog.cost.ComplianceCostCalculator;
import procedo.catalog.cost.CostInputReader;
import procedo.catalog.cost.ComparisonRequest;
import procedo.catalog.error.InvalidInputException;
import procedo.modeler.json.Json;

/** The stateless Standard Cost Model on a JSON file: one input, or {@code {"asIs": ..., "toBe": ...}}. */
@Command(name = "cost", description = "Compute the compliance cost of FILE.json (same input as POST /api/cost/evaluate,"
        + " or {\"asIs\":…, \"toBe\":…} as POST /api/cost/compare).")
public final class CostCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.json")
    Path file;

    @Spec
    CommandSpec spec;

    /** A comparison has an {@code asIs} member; text that is not JSON is left to the reader to report. */
    private static boolean isComparison(ObjectMapper mapper, String json) {
        try {
            return mapper.readTree(json).has("asIs");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return false;
        }
    }

    @Override
    public Integer call() throws IOException {
        String json = new String(InputFiles.read(file, CostInputReader.MAX_BODY_CHARS * 4L), StandardCharsets.UTF_8);
        CostInputReader reader = new CostInputReader();
        ComplianceCostCalculator calculator = new ComplianceCostCalculator();
        ObjectMapper mapper = Json.mapper();
        Object result;
        try {
            if (isComparison(mapper, json)) {
                ComparisonRequest request = reader.readComparison(json);
                result = calculator.compare(request.asIs(), request.toBe());
            } else {
                result = calculator.evaluate(reader.readInput(json));
            }
        } catch (InvalidInputException e) {
            throw InputFiles.locatedIn(file, e);
        }
        Json.print(spec.commandLine().getOut(), result);
        return 0;
    }
}
