/** The routes that look after the server's database: its health check and the online backup. */
package procedo.modeler.web.operations;
