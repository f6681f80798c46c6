/** The stage moves of procedures' workflows in the catalog's database, over jOOQ. */
package procedo.modeler.golive.persistence;
