package procedo.modeler.digitisation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import procedo.catalog.account.Actor;
import procedo.catalog.account.Principal;
import procedo.catalog.audit.AuditAction;
import procedo.catalog.audit.AuditEntry;
import procedo.catalog.audit.AuditSubject;
import procedo.catalog.audit.AuditTrail;
import procedo.catalog.error.ConflictException;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.NotAllowedException;
import procedo.catalog.error.Problems;
import procedo.catalog.locality.Locality;
import procedo.catalog.locality.LocalityRepository;
import procedo.catalog.procedure.DossierComponent;
import procedo.catalog.procedure.Procedure;
import procedo.catalog.procedure.ProcedureService;
import procedo.catalog.text.Text;
import procedo.engine.CaseSummary;
import procedo.engine.CaseView;
import procedo.modeler.dossier.Dossier;
import procedo.modeler.dossier.DossierNumbers;
import procedo.modeler.workflow.DossierDesk;
import procedo.modeler.workflow.WorkflowService;

/**
 * The digitisation of dossiers and the applicants' satisfaction: at intake, how each component received was handed in
 * (refused, with nothing started, when a medium names a component not received or no medium at all); once the case
 * is decided (granted or refused), how the result was issued (recorded by someone who works the case's province);
 * once it has any outcome, the applicant's one rating through the public status page; and the figures measured from them per procedure and locality. A
 * training or simulated case is kept with its mark and counts in no figure.
 */
public final class DigitisationDesk {

    private final WorkflowService workflows;
    private final DossierDesk dossiers;
    private final ProcedureService procedures;
    private final DigitisationRecords records;
    private final AuditTrail audit;
    private final Clock clock;
    private final Consumer<String> rated;
    private final LocalityRepository localities;

    /** @param rated told the code of a procedure just rated, whose ranking's dissatisfaction changes */
    public DigitisationDesk(WorkflowService workflows, DossierDesk dossiers, ProcedureService procedures,
                            LocalityRepository localities, DigitisationRecords records, AuditTrail audit, Clock clock,
                            Consumer<String> rated) {
        this.localities = localities;
        this.rated = rated;
        this.workflows = workflows;
        this.dossiers = dossiers;
        this.procedures = procedures;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Receives a dossier as {@link WorkflowService#startCase} does, with how each of its components was handed in:
     * the components received (those ticked on the start form, else the general case's) not named in {@code media}
     * are on paper.
     *
     * @throws InvalidInputException naming {@code components[i].component} or {@code components[i].medium}, before
     *                               anything is started
     */
    public DigitisedCase receive(WorkflowService.NewCase request, MediaGiven media, Principal by) {
        Map<Integer, Medium> given = checked(request, media);
        CaseView started = workflows.startCase(request, by);
        CaseSummary s = started.summary();
        Procedure procedure = procedures.get(s.procedureCode());
        List<ComponentMedium> components = new ArrayList<>();
        for (int position : received(procedure, started.data())) {
            components.add(new ComponentMedium(position, procedure.dossierComponents().get(position - 1).name(),
                    given.getOrDefault(position, Medium.PAPER)));
        }
        DigitisationRecords.Intake intake = new DigitisationRecords.Intake(s.id(), s.procedureCode(),
                localityOf(s), counted(s), s.startedAt());
        records.received(intake, components);
        audit.record(AuditEntry.of(by.actor(), AuditAction.DOSSIER_MEDIA_RECORDED, AuditSubject.of("case", s.id()))
                .procedure(s.procedureCode()).province(s.locality()).after(components));
        return new DigitisedCase(started, digitisation(s));
    }

    /** A case with its dossier's digitisation, if {@code reader} sees its province's cases. */
    public DigitisedCase findCase(String caseId, Principal reader) {
        CaseView view = workflows.findCase(caseId, reader);
        return new DigitisedCase(view, digitisation(view.summary()));
    }

    /**
     * Records how the result of a case's dossier was issued, once the case is decided (granted or refused); someone
     * who may work cases in its province may, and may correct it.
     */
    public CaseDigitisation recordResult(String caseId, String medium, Principal by) {
        ResultMedium chosen = ResultMedium.parse(medium).orElseThrow(() -> InvalidInputException.of("medium",
                Text.of(medium == null || medium.isBlank() ? "catalog.problem.required"
                        : "modeler.digitisation.resultMedium")));
        CaseSummary s = workflows.findCase(caseId, by).summary();
        if (!by.mayWorkCase(s.locality(), List.of())) {
            throw new NotAllowedException(Text.of("modeler.digitisation.mayNotRecord", by.username()));
        }
        if (!decided(s)) {
            throw new ConflictException(Text.of("modeler.digitisation.resultBeforeOutcome"));
        }
        CaseDigitisation before = digitisation(s);
        records.recordResult(intakeOf(s), chosen, by.username(), clock.instant());
        CaseDigitisation after = digitisation(s);
        audit.record(AuditEntry.of(by.actor(), AuditAction.DOSSIER_RESULT_RECORDED, AuditSubject.of("case", caseId))
                .procedure(s.procedureCode()).province(s.locality()).before(before.result())
                .after(after.result()));
        return after;
    }

    /**
     * The applicant's rating of the service for the dossier with this number and look-up code: once, after the
     * outcome, a score from 1 to 5 and an optional comment.
     *
     * @throws procedo.modeler.dossier.LookupRefusedException when number and code do not match a dossier
     * @throws ConflictException                               before the outcome, or when the dossier was rated
     */
    public Rating rate(String number, String code, Integer score, String comment, String address) {
        Dossier dossier = dossiers.lookUp(number, code, address);
        CaseSummary s = workflows.findCase(dossier.caseId()).summary();
        if (!hasOutcome(s)) {
            throw new ConflictException(Text.of("modeler.digitisation.ratingBeforeOutcome"));
        }
        Problems problems = new Problems();
        if (!problems.addIf(score == null, "score", Text.of("catalog.problem.required"))) {
            problems.addIf(score < Rating.LOWEST || score > Rating.HIGHEST, "score",
                    Text.of("catalog.problem.between", Rating.LOWEST, Rating.HIGHEST));
        }
        String kept = comment == null || comment.isBlank() ? null : comment.strip();
        problems.addIf(kept != null && kept.length() > Rating.MAX_COMMENT, "comment",
                Text.of("catalog.problem.tooLong", Rating.MAX_COMMENT));
        problems.throwIfAny();
        Rating rating = new Rating(score, kept, clock.instant());
        if (!records.rate(intakeOf(s), rating)) {
            throw new ConflictException(Text.of("modeler.digitisation.ratedAlready", dossier.dossierNumber()));
        }
        Actor applicant = new Actor("applicant:" + dossier.dossierNumber(), null, address);
        audit.record(AuditEntry.of(applicant, AuditAction.DOSSIER_RATED, AuditSubject.of("case", s.id()))
                .procedure(s.procedureCode()).province(s.locality()).after(Map.of("score", score)));
        rated.accept(s.procedureCode());
        return rating;
    }

    /** The figures of one procedure in {@code locality} (null: everywhere); an unknown locality is refused. */
    public DigitisationFigures figures(String procedureCode, String locality) {
        Procedure procedure = procedures.get(procedureCode);
        if (locality != null && (Locality.NATIONAL.equals(locality) || localities.locality(locality).isEmpty())) {
            throw InvalidInputException.of("locality", Text.of("catalog.problem.unknownLocality", locality));
        }
        return DigitisationFigures.of(procedure.code(), locality,
                records.counts(procedure.code(), locality).get(procedure.code()));
    }

    /** Every procedure's figures in {@code locality} (null: everywhere), by procedure code; none without dossiers. */
    public Map<String, DigitisationFigures> figures(String locality) {
        Map<String, DigitisationFigures> all = new HashMap<>();
        records.counts(null, locality).forEach((code, counts) -> all.put(code,
                DigitisationFigures.of(code, locality, counts)));
        return all;
    }

    /** Whether the case has its outcome, after which its applicant may rate the service. */
    static boolean hasOutcome(CaseSummary summary) {
        return summary.outcome() != null;
    }

    /** Whether the agency decided the case (granted or refused), after which its result is issued. */
    static boolean decided(CaseSummary summary) {
        return summary.outcome() != null && summary.outcome().decided();
    }

    /** Whether a case counts in the figures: a training or simulated case does not. */
    static boolean counted(CaseSummary summary) {
        return !summary.training() && !summary.simulated();
    }

    /**
     * The places (from 1) in the procedure's dossier of the components received: those ticked on the start form built
     * from the procedure's dossier (its {@code component_<n>} boxes), or, when the form has no such boxes, every
     * component of the general case — the components the receipt lists.
     */
    static List<Integer> received(Procedure procedure, Map<String, Object> data) {
        List<DossierComponent> all = procedure.dossierComponents();
        boolean ticked = data.keySet().stream().anyMatch(k -> k.startsWith("component_"));
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            boolean in = ticked ? Boolean.TRUE.equals(data.get("component_" + (i + 1)))
                    : all.get(i).caseName().isEmpty();
            if (in) {
                positions.add(i + 1);
            }
        }
        return positions;
    }

    private Map<Integer, Medium> checked(WorkflowService.NewCase request, MediaGiven media) {
        Map<Integer, Medium> given = new HashMap<>();
        if (media == null || media.components() == null || media.components().isEmpty()) {
            return given;
        }
        if (request.procedureCode() == null || request.procedureCode().isBlank()) {
            return given;
        }
        Procedure procedure = procedures.get(request.procedureCode());
        Set<Integer> received = new HashSet<>(received(procedure,
                request.data() == null ? Map.of() : request.data()));
        Problems problems = new Problems();
        for (int i = 0; i < media.components().size(); i++) {
            MediaGiven.Given g = media.components().get(i);
            String at = "components[" + i + "]";
            if (g == null) {
                problems.add(at, Text.of("catalog.problem.required"));
                continue;
            }
            if (!problems.addIf(g.component() == null, at + ".component", Text.of("catalog.problem.required"))) {
                if (!received.contains(g.component())) {
                    problems.add(at + ".component", Text.of("modeler.digitisation.notReceived", g.component()));
                } else if (given.containsKey(g.component())) {
                    problems.add(at + ".component", Text.of("modeler.digitisation.twice", g.component()));
                }
            }
            var medium = Medium.parse(g.medium());
            if (medium.isEmpty()) {
                problems.add(at + ".medium", g.medium() == null || g.medium().isBlank()
                        ? Text.of("catalog.problem.required") : Text.of("modeler.digitisation.medium", g.medium()));
            } else if (g.component() != null) {
                given.putIfAbsent(g.component(), medium.get());
            }
        }
        problems.throwIfAny();
        return given;
    }

    private CaseDigitisation digitisation(CaseSummary s) {
        return records.ofCase(s.id()).map(k -> new CaseDigitisation(k.components(),
                CaseDigitisation.digitised(k.components()), k.result(), k.rating(), k.intake().counted()))
                .orElse(new CaseDigitisation(List.of(), false, null, null, counted(s)));
    }

    private DigitisationRecords.Intake intakeOf(CaseSummary s) {
        return records.ofCase(s.id()).map(DigitisationRecords.Kept::intake)
                .filter(i -> i.receivedAt() != null)
                .orElse(new DigitisationRecords.Intake(s.id(), s.procedureCode(), localityOf(s), counted(s),
                        s.startedAt()));
    }

    private static String localityOf(CaseSummary s) {
        return s.locality() == null ? DossierNumbers.CENTRAL : s.locality();
    }
}
