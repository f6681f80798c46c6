package procedo.catalog.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The signed-in person on one request: who they are (as recorded beside what they change) and the roles they
 * hold, with the questions access rules ask of them.
 */
public record Principal(Actor actor, List<Grant> grants, boolean mustChangePassword) {

    public Principal {
        grants = List.copyOf(grants);
    }

    /**
     * The server itself acting with every right, for a command run by whoever controls this machine (such as
     * {@code load}); never for a request.
     */
    public static Principal system(String task) {
        return new Principal(Actor.system(task), List.of(Grant.of(AccountRole.ADMIN)), false);
    }

    public String username() {
        return actor.username();
    }

    public boolean has(AccountRole role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    public boolean isAdmin() {
        return has(AccountRole.ADMIN);
    }

    /** Central staff (an analyst or an administrator): may change the national catalog and deploy nationwide. */
    public boolean isCentral() {
        return isAdmin() || has(AccountRole.ANALYST);
    }

    /** The provinces this person holds the role in (empty for unscoped roles). */
    public Set<String> localities(AccountRole role) {
        return grants.stream().filter(g -> g.role() == role && g.locality() != null).map(Grant::locality)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether this person may change what belongs to one province: central staff, or that province's officer. */
    public boolean mayActForLocality(String locality) {
        return isCentral() || locality != null && localities(AccountRole.LOCALITY_OFFICER).contains(locality);
    }

    /**
     * Whether this person may receive dossiers and work tasks of a case in {@code locality} whose task belongs
     * to one of {@code groups} (empty: a task open to every group). Administrators may; a case officer may in
     * their province for their groups.
     */
    public boolean mayWorkCase(String locality, Collection<String> groups) {
        if (isAdmin()) {
            return true;
        }
        return grants.stream().anyMatch(g -> g.role() == AccountRole.CASE_OFFICER
                && g.locality() != null && g.locality().equals(locality)
                && (groups.isEmpty() || g.groups().stream().anyMatch(groups::contains)));
    }

    /** Whether this person sees the cases of {@code locality}: anyone but a case officer of another province. */
    public boolean seesCasesOf(String locality) {
        return caseScope().map(scope -> scope.contains(locality)).orElse(true);
    }

    /**
     * The provinces whose cases and tasks this person is limited to: present only for a case officer who holds no
     * role reading everything.
     */
    public Optional<Set<String>> caseScope() {
        boolean readsAll = grants.stream().anyMatch(g -> g.role() != AccountRole.CASE_OFFICER);
        return readsAll ? Optional.empty() : Optional.of(localities(AccountRole.CASE_OFFICER));
    }

    /** The candidate groups a case officer works for in {@code locality}. */
    public Set<String> groupsIn(String locality) {
        return grants.stream().filter(g -> g.role() == AccountRole.CASE_OFFICER && locality.equals(g.locality()))
                .flatMap(g -> g.groups().stream()).collect(Collectors.toUnmodifiableSet());
    }
}
