/** The dossier register and its per-locality, per-day counters in the catalog's database, over jOOQ. */
package procedo.modeler.dossier.persistence;
