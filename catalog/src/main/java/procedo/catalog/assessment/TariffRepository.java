package procedo.catalog.assessment;

import java.util.List;
import java.util.Optional;
import procedo.catalog.procedure.ApplicantType;

/** The tariffs of the Standard Cost Model per applicant type and year. */
public interface TariffRepository {

    List<Tariff> all();

    /** Every tariff with its version and who changed it last, in the order of {@link #all}. */
    List<StoredTariff> stored();

    /** The tariff of the latest year not after {@code year}, or else the earliest one known. */
    Optional<Tariff> forYear(ApplicantType type, int year);

    /** Inserts or replaces the tariff of its applicant type and year, one version after the one it replaces. */
    void save(Tariff tariff);

    /** Inserts or replaces the tariff of its applicant type and year with its version and provenance as given. */
    void save(StoredTariff tariff);
}
