/**
 * The audit trail: an append-only, hash-chained record of every change (who, when, from where, what, before and
 * after), its reading with filters, and the verification of its chain.
 */
package procedo.catalog.audit;
