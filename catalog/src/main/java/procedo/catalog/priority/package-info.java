/**
 * What goes online first: a 0–100 priority score per procedure from weighted, normalised criteria with a full
 * explanation ({@link procedo.catalog.priority.PriorityRanker}), and the exact effort-budgeted portfolio that
 * maximises saving ({@link procedo.catalog.priority.PortfolioOptimizer}). Pure domain code: callers build the
 * candidates.
 */
package procedo.catalog.priority;
