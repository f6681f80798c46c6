package procedo.modeler.web.http;

import io.javalin.security.RouteRole;
import procedo.catalog.account.AccountRole;
import procedo.catalog.account.Principal;

/**
 * The access rule of a route: who may call it. Every route declares one; a route without one is refused to
 * everyone. Rules scoped to a province are checked twice: here for the role, and against the data (the route's
 * {@code {locality}}, the case's province, the task's candidate groups) once it is known.
 */
public enum Access implements RouteRole {
    /** Anyone, without signing in: signing in itself. */
    PUBLIC,
    /** Every signed-in person: reading the catalog, rankings, reports and cases; stateless calculations. */
    SIGNED_IN,
    /** A province's officer for that province (the route's {@code {locality}} or the request's), or central staff. */
    LOCALITY,
    /** Case officers in their province and candidate groups, and administrators: dossiers and tasks. */
    CASE_WORK,
    /** Central reform staff: the national catalog, costs, profiles, models, plans, templates, deployments. */
    ANALYST,
    /** Administrators: users, the audit trail. */
    ADMIN;

    /** Whether {@code principal}'s roles admit this rule (a scoped rule still checks the data afterwards). */
    public boolean admits(Principal principal) {
        return switch (this) {
            case PUBLIC, SIGNED_IN -> true;
            case LOCALITY -> principal.isCentral() || principal.has(AccountRole.LOCALITY_OFFICER);
            case CASE_WORK -> principal.isAdmin() || principal.has(AccountRole.CASE_OFFICER);
            case ANALYST -> principal.isCentral();
            case ADMIN -> principal.isAdmin();
        };
    }
}
