/** The stored simulation runs in the catalog's database (jOOQ). */
package procedo.modeler.simulation.persistence;
