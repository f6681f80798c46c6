/**
 * What every request passes before a handler runs, and what every answer carries: the host names the server answers
 * to, same-origin checks for changes, the body types a route accepts, the bound on concurrent uploads, and the
 * security headers of pages, files, API answers and error pages.
 */
package procedo.modeler.web.guard;
