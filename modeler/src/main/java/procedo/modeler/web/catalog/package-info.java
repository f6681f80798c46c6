/** The catalog over HTTP: procedures with their versions and usage figures, and the reference data beside them. */
package procedo.modeler.web.catalog;
