package procedo.catalog.locality;

import java.util.List;
import java.util.Optional;

/** Reference data: localities and implementing agencies. */
public interface LocalityRepository {

    List<Locality> localities();

    Optional<Locality> locality(String code);

    List<Agency> agencies();

    Optional<Agency> agency(String code);

    /** Adds the agency, or renames it when its code exists. */
    void saveAgency(Agency agency);
}
