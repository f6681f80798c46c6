/** The JSON conventions shared by the web API and the command line: one configured ObjectMapper and located read errors. */
package procedo.modeler.json;
