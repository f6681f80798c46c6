/**
 * The web application and its REST API: one Javalin server, {@link procedo.modeler.web.WebServer}, with every
 * route and its access rule, and thin route classes per feature that call the services.
 */
package procedo.modeler.web;
