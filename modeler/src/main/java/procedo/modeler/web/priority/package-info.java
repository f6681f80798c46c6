/** Priorities over HTTP: the explained ranking, the effort-budgeted portfolio and the users' priority profiles. */
package procedo.modeler.web.priority;
