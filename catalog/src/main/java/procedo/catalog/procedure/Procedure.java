package procedo.catalog.procedure;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import procedo.catalog.cost.Activity;
import procedo.catalog.locality.Level;

/**
 * An administrative procedure (thủ tục hành chính) as the catalog keeps it: the data of its public record, its
 * dossier, its fees, and the applicant's activities of its Standard Cost Model (as-is, and to-be when one is
 * designed).
 *
 * @param code                the procedure code, an opaque string (e.g. {@code 1.001193}); codes change when a
 *                            procedure is re-published, {@code formerCode} keeps the link
 * @param localityCode        the locality the procedure is specific to, or {@code null} when it applies nationwide
 * @param effortDays          estimated effort in person-days to bring it fully online; {@code null} derives it
 *                            from its size ({@link #defaultEffortDays})
 * @param applicantPopulation number of potential applicants, used with {@code frequencyPerYear} when no usage
 *                            statistics are recorded
 * @param channels            the channels through which a dossier can be handed in; empty when not recorded
 * @param processingTimes     the processing time limit per channel offered, in working days (besides
 *                            {@code processingDays}, the limit the record states for every channel)
 * @param legalDocuments      the legal basis as a list of documents ({@code legalBasis} keeps the free text)
 * @param sources             per part of the record, the source its values were checked against and when
 * @param version             optimistic-locking version; an update must name the version it read
 */
@JsonIgnoreProperties({"withdrawal"})
public record Procedure(
        String code,
        String name,
        String field,
        Level level,
        String agencyCode,
        String localityCode,
        ApplicantType applicantType,
        Integer processingDays,
        OnlineLevel onlineLevel,
        String legalBasis,
        String decision,
        ProcedureStatus status,
        String formerCode,
        LocalDate validFrom,
        Integer effortDays,
        Long applicantPopulation,
        BigDecimal frequencyPerYear,
        List<DossierComponent> dossierComponents,
        List<Fee> fees,
        List<Activity> asIsActivities,
        List<Activity> toBeActivities,
        List<FeeChannel> channels,
        List<ProcessingTime> processingTimes,
        List<LegalDocument> legalDocuments,
        List<SourceCheck> sources,
        int version) {

    public Procedure {
        legalBasis = legalBasis == null ? "" : legalBasis;
        decision = decision == null ? "" : decision;
        status = status == null ? ProcedureStatus.ACTIVE : status;
        dossierComponents = List.copyOf(Objects.requireNonNullElse(dossierComponents, List.of()));
        fees = List.copyOf(Objects.requireNonNullElse(fees, List.of()));
        asIsActivities = List.copyOf(Objects.requireNonNullElse(asIsActivities, List.of()));
        toBeActivities = List.copyOf(Objects.requireNonNullElse(toBeActivities, List.of()));
        channels = List.copyOf(Objects.requireNonNullElse(channels, List.of()));
        processingTimes = List.copyOf(Objects.requireNonNullElse(processingTimes, List.of()));
        legalDocuments = List.copyOf(Objects.requireNonNullElse(legalDocuments, List.of()));
        sources = List.copyOf(Objects.requireNonNullElse(sources, List.of()));
    }

    /** A procedure whose channels, processing times per channel, legal documents and sources are not recorded. */
    public Procedure(String code, String name, String field, Level level, String agencyCode, String localityCode,
                     ApplicantType applicantType, Integer processingDays, OnlineLevel onlineLevel, String legalBasis,
                     String decision, ProcedureStatus status, String formerCode, LocalDate validFrom,
                     Integer effortDays, Long applicantPopulation, BigDecimal frequencyPerYear,
                     List<DossierComponent> dossierComponents, List<Fee> fees, List<Activity> asIsActivities,
                     List<Activity> toBeActivities, int version) {
        this(code, name, field, level, agencyCode, localityCode, applicantType, processingDays, onlineLevel,
                legalBasis, decision, status, formerCode, validFrom, effortDays, applicantPopulation, frequencyPerYear,
                dossierComponents, fees, asIsActivities, toBeActivities, List.of(), List.of(), List.of(), List.of(),
                version);
    }

    /** This procedure with its channels, processing times per channel, legal documents and sources. */
    public Procedure withRecordDetails(List<FeeChannel> offered, List<ProcessingTime> times,
                                       List<LegalDocument> documents, List<SourceCheck> checks) {
        return new Procedure(code, name, field, level, agencyCode, localityCode, applicantType, processingDays,
                onlineLevel, legalBasis, decision, status, formerCode, validFrom, effortDays, applicantPopulation,
                frequencyPerYear, dossierComponents, fees, asIsActivities, toBeActivities, offered, times, documents,
                checks, version);
    }

    /**
     * The default effort to bring a procedure fully online, in person-days, when none is estimated:
     * 10 + 3 per dossier component + 2 per applicant activity + 1 per 5 processing days.
     */
    public static int defaultEffortDays(int components, int activities, int processingDays) {
        return 10 + 3 * components + 2 * activities + processingDays / 5;
    }

    public Procedure withFormerCode(String former) {
        return new Procedure(code, name, field, level, agencyCode, localityCode, applicantType, processingDays,
                onlineLevel, legalBasis, decision, status, former, validFrom, effortDays, applicantPopulation,
                frequencyPerYear, dossierComponents, fees, asIsActivities, toBeActivities, channels, processingTimes,
                legalDocuments, sources, version);
    }

    public Procedure withVersion(int newVersion) {
        return new Procedure(code, name, field, level, agencyCode, localityCode, applicantType, processingDays,
                onlineLevel, legalBasis, decision, status, formerCode, validFrom, effortDays, applicantPopulation,
                frequencyPerYear, dossierComponents, fees, asIsActivities, toBeActivities, channels, processingTimes,
                legalDocuments, sources, newVersion);
    }
}
