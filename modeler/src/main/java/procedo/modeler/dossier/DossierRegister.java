package procedo.modeler.dossier;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The register of received dossiers: gives each its number, sequential per receiving locality and day, and finds
 * dossiers by case, by number, or by a search over numbers and applicants' names.
 */
public interface DossierRegister {

    /**
     * Numbers a dossier: raises its locality's counter for the day of receipt by one and records the dossier in the
     * same transaction, so concurrent receipts never share a number.
     */
    Dossier register(NewDossier dossier);

    /** Keeps the hash of a newly issued look-up code instead of the former one; false when no such dossier. */
    boolean replaceLookupHash(String caseId, String lookupHash);

    /** The dossiers of those of {@code caseIds} that have one, by case id. */
    Map<String, Dossier> byCases(Collection<String> caseIds);

    /** The dossier with that number, with the hash of its look-up code. */
    Optional<Registered> byNumber(String dossierNumber);

    /**
     * Dossiers whose number contains {@code text} or whose applicant's name contains it (both without diacritics
     * or case), newest first, at most {@code limit}; only of {@code procedureCode} and of {@code localities} when
     * they are given (null: any).
     */
    List<Dossier> search(String text, String procedureCode, Set<String> localities, int limit);

    /** A dossier with the hash of its look-up code. */
    record Registered(Dossier dossier, String lookupHash) {
    }
}
