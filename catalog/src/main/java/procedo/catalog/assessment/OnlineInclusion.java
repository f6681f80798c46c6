package procedo.catalog.assessment;

/** Whether procedures that are already fully online are candidates: by default they are left out. */
public enum OnlineInclusion {
    EXCLUDE_FULLY_ONLINE, INCLUDE_FULLY_ONLINE
}
