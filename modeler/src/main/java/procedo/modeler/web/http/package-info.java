/**
 * What every feature's routes are written with: the {@link procedo.modeler.web.http.Route} record and its roles,
 * parameter and version parsing that fails with the parameter's name, error bodies, downloads and refused bodies.
 */
package procedo.modeler.web.http;
