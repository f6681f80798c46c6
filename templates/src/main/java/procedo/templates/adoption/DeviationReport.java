package procedo.templates.adoption;

import java.util.List;

/**
 * For one template: which localities deviate from the national standard (the latest published version) and how.
 * Localities without any deviation are counted, not listed.
 */
public record DeviationReport(String templateCode, String templateName, String standardVersion,
                              int standardProcessingDays, int adoptions, int conforming,
                              List<LocalityDeviations> localities) {

    public DeviationReport {
        localities = List.copyOf(localities);
    }
}
