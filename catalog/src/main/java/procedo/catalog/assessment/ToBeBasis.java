package procedo.catalog.assessment;

/**
 * What the to-be cost of a procedure rests on: the to-be activities an analyst designed, or, when there are none,
 * the full-online estimate (the as-is activities without travel and waiting, every dossier at the online fee).
 */
public enum ToBeBasis {
    DESIGNED, FULL_ONLINE_ESTIMATE
}
