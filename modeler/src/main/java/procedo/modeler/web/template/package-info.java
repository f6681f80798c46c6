/**
 * Template packages over HTTP: import and export, versions and their diff, publication, localities' adoptions,
 * the deviation report, printable forms and form-js schemas.
 */
package procedo.modeler.web.template;
