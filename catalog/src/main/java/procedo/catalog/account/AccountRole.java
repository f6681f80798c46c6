package procedo.catalog.account;

/** What a person may do in Procedo. A user may hold several roles; two of them are scoped to one province. */
public enum AccountRole {
    /** Manages users and may do everything the other roles may (separation of duties still applies). */
    ADMIN,
    /** Central reform staff: catalog, usage, tariffs, profiles, models, plans, templates, deployments, reports. */
    ANALYST,
    /** One province's officer: its adoptions and overrides, its usage figures, its pilot deployments. */
    LOCALITY_OFFICER,
    /** A one-stop counter officer of one province: receives dossiers there and works its candidate groups' tasks. */
    CASE_OFFICER,
    /** Reads everything, changes nothing. */
    VIEWER;

    /** Whether a grant of this role names the province it is scoped to. */
    public boolean scopedToLocality() {
        return this == LOCALITY_OFFICER || this == CASE_OFFICER;
    }
}
