/** Compliance cost of a procedure by the Standard Cost Model: per dossier, per year, and as-is against to-be. */
package procedo.catalog.cost;
