package procedo.templates.adoption;

import java.util.List;

/** A locality's adoption compared with the current national standard. */
public record LocalityDeviations(String localityCode, String localityName, String centralVersion,
                                 List<Deviation> deviations) {

    public LocalityDeviations {
        deviations = List.copyOf(deviations);
    }

    public boolean burdensome() {
        return deviations.stream().anyMatch(d -> d.kind().burdensome());
    }
}
