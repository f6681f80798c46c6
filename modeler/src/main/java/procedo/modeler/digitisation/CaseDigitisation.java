package procedo.modeler.digitisation;

import java.util.List;

/**
 * What a case's page shows of its dossier's digitisation: how each component received was handed in, how the result
 * was issued (null until recorded), and the applicant's rating (null until given).
 *
 * @param digitised whether every component received exists as data (none on paper); false without components
 * @param counted   false for a training or simulated case, which counts in no figure
 */
public record CaseDigitisation(List<ComponentMedium> components, boolean digitised, ResultMedium result,
                               Rating rating, boolean counted) {

    public CaseDigitisation {
        components = List.copyOf(components);
    }

    /** Whether every one of {@code components} exists as data; false when there are none. */
    public static boolean digitised(List<ComponentMedium> components) {
        return !components.isEmpty() && components.stream().allMatch(c -> c.medium().digital());
    }
}
