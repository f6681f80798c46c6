package procedo.catalog.assessment;

import java.util.List;
import java.util.Optional;
import procedo.catalog.procedure.ApplicantType;

/** The tariffs of the Standard Cost Model per applicant type and year. */
public interface TariffRepository {

    List<Tariff> all();

    /** The tariff of the latest year not after {@code year}, or else the earliest one known. */
    Optional<Tariff> forYear(ApplicantType type, int year);

    void save(Tariff tariff);
}
