package procedo.modeler.web.http;

import io.javalin.security.RouteRole;

/**
 * Access rules of the routes. Every route declares the least role that may call it; a route without one is
 * refused to everyone.
 */
public enum Role implements RouteRole {
    /** Anyone who can reach the server: reading the catalog, rankings and stateless calculations. */
    READER,
    /** Reform staff who change the catalog. */
    EDITOR;

    public boolean allows(Role required) {
        return compareTo(required) >= 0;
    }
}
