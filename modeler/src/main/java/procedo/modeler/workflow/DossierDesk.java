package procedo.modeler.workflow;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import procedo.catalog.account.Principal;
import procedo.catalog.audit.AuditAction;
import procedo.catalog.audit.AuditEntry;
import procedo.catalog.audit.AuditSubject;
import procedo.catalog.audit.AuditTrail;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.NotAllowedException;
import procedo.catalog.error.NotFoundException;
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
import procedo.modeler.dossier.DossierRegister;
import procedo.modeler.dossier.LookupAttempts;
import procedo.modeler.dossier.LookupCodes;
import procedo.modeler.dossier.LookupRefusedException;
import procedo.modeler.dossier.PublicStatus;
import procedo.modeler.dossier.Receipt;

/**
 * The one-stop counter's paperwork of a numbered dossier: the receipt and appointment slip, whose printing issues
 * the dossier's look-up code (a new one each time: the code of an earlier slip stops working), and the public status
 * look-up with that code, which tells nothing but the status, the due date and the outcome, and refuses an unknown
 * number and a wrong code alike, within a limit of failed attempts.
 */
public final class DossierDesk {

    /** The path of the public status page, printed on the receipt. */
    public static final String STATUS_PAGE = "/status.html";

    private final WorkflowService workflows;
    private final ProcedureService procedures;
    private final LocalityRepository localities;
    private final DossierRegister dossiers;
    private final AuditTrail audit;
    private final LookupAttempts attempts;

    public DossierDesk(WorkflowService workflows, ProcedureService procedures, LocalityRepository localities,
                       DossierRegister dossiers, AuditTrail audit, LookupAttempts attempts) {
        this.workflows = workflows;
        this.procedures = procedures;
        this.localities = localities;
        this.dossiers = dossiers;
        this.audit = audit;
        this.attempts = attempts;
    }

    /**
     * Issues the receipt of a case's dossier with a new look-up code, which replaces the former one; only someone
     * who may receive dossiers in the case's province may.
     */
    public Receipt issueReceipt(String caseId, Principal by) {
        CaseView view = workflows.findCase(caseId, by);
        if (!by.mayWorkCase(view.summary().locality(), List.of())) {
            throw new NotAllowedException(Text.of("modeler.dossier.mayNotIssue", by.username(),
                    provinceName(view.summary().locality())));
        }
        Dossier dossier = dossierOf(caseId);
        String code = LookupCodes.generate();
        dossiers.replaceLookupHash(caseId, LookupCodes.hash(dossier.dossierNumber(), code));
        Receipt receipt = receipt(view, dossier, code);
        audit.record(AuditEntry.of(by.actor(), AuditAction.DOSSIER_RECEIPT_ISSUED, AuditSubject.of("case", caseId))
                .procedure(view.summary().procedureCode()).province(view.summary().locality())
                .after(Map.of("dossierNumber", dossier.dossierNumber())));
        return receipt;
    }

    /**
     * The receipt of a case's dossier with the look-up code issued last, which the caller must give (the code is
     * kept only as a hash): a receipt printed again as a document.
     */
    public Receipt receipt(String caseId, String code, Principal reader) {
        CaseView view = workflows.findCase(caseId, reader);
        Dossier dossier = dossierOf(caseId);
        String kept = dossiers.byNumber(dossier.dossierNumber()).map(DossierRegister.Registered::lookupHash)
                .orElse("");
        if (!sameHash(kept, LookupCodes.hash(dossier.dossierNumber(), code))) {
            throw InvalidInputException.of("code", Text.of("modeler.dossier.codeNotIssued"));
        }
        return receipt(view, dossier, LookupCodes.normalise(code));
    }

    /**
     * What the applicant may see of the dossier with this number and look-up code.
     *
     * @param address where the look-up comes from, whose failures count against it
     * @throws LookupRefusedException when number and code do not match a dossier, the same for either mistake,
     *                                or after too many failures from {@code address} or for that number
     */
    public PublicStatus status(String number, String code, String address) {
        Dossier dossier = lookUp(number, code, address);
        CaseSummary summary = workflows.findCase(dossier.caseId()).summary();
        return new PublicStatus(dossier.dossierNumber(), summary.state().name(), summary.dueAt(), summary.endedAt(),
                summary.outcome() == null ? null : summary.outcome().name());
    }

    /**
     * The dossier with this number and look-up code, for what its applicant may do on the public status page.
     *
     * @throws LookupRefusedException as {@link #status}
     */
    public Dossier lookUp(String number, String code, String address) {
        String wanted = DossierNumbers.normalise(number);
        Optional<Instant> blocked = attempts.blockedUntil(address, wanted);
        if (blocked.isPresent()) {
            throw new LookupRefusedException(Text.of("modeler.dossier.tooManyLookups",
                    LookupAttempts.WINDOW.toMinutes()), blocked.get());
        }
        Optional<DossierRegister.Registered> found = DossierNumbers.looksLikeNumber(wanted)
                ? dossiers.byNumber(wanted) : Optional.empty();
        String given = LookupCodes.hash(wanted, code);
        // both checks run whichever fails, so that an unknown number and a wrong code take the same path
        if (found.isEmpty() | !sameHash(found.map(DossierRegister.Registered::lookupHash).orElse(""), given)) {
            attempts.failed(address, wanted);
            throw new LookupRefusedException(Text.of("modeler.dossier.lookupRefused"), null);
        }
        return found.get().dossier();
    }

    private static boolean sameHash(String kept, String given) {
        return MessageDigest.isEqual(kept.getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }

    private Dossier dossierOf(String caseId) {
        Dossier dossier = dossiers.byCases(List.of(caseId)).get(caseId);
        if (dossier == null) {
            throw new NotFoundException(Text.of("modeler.dossier.noNumber", caseId));
        }
        return dossier;
    }

    private Receipt receipt(CaseView view, Dossier dossier, String code) {
        Procedure procedure = procedures.get(dossier.procedureCode());
        CaseSummary s = view.summary();
        return new Receipt(s.id(), dossier.dossierNumber(), dossier.applicantName(), procedure.code(),
                procedure.name(), provinceName(dossier.locality()), received(procedure, view.data()),
                dossier.receivedAt(), s.dueAt(), s.processingDays(), dossier.receiverName(), code, STATUS_PAGE);
    }

    /**
     * The components handed in: those ticked on the start form built from the procedure's dossier (its
     * {@code component_<n>} boxes), or, when the form has no such boxes, every component of the general case.
     */
    static List<Receipt.Component> received(Procedure procedure, Map<String, Object> data) {
        List<DossierComponent> all = procedure.dossierComponents();
        boolean ticked = data.keySet().stream().anyMatch(k -> k.startsWith("component_"));
        List<Receipt.Component> result = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            DossierComponent c = all.get(i);
            boolean in = ticked ? Boolean.TRUE.equals(data.get("component_" + (i + 1))) : c.caseName().isEmpty();
            if (in) {
                result.add(new Receipt.Component(c.name(), c.caseName(), c.originals(), c.copies()));
            }
        }
        return result;
    }

    private String provinceName(String code) {
        return code == null || code.equals(DossierNumbers.CENTRAL) ? "Trung ương"
                : localities.locality(code).map(Locality::name).orElse(code);
    }
}
