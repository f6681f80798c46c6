/**
 * The application's composition root: {@link procedo.modeler.Application} opens the database and wires the
 * services of the catalog, the templates, the engine and the modeler for the web server and the command line.
 */
package procedo.modeler;
