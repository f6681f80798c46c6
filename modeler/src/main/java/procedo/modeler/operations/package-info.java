/**
 * Looking after the database itself: whether it answers (the health check), and the online backup and the restore
 * of the embedded H2 database.
 */
package procedo.modeler.operations;
