/** The {@code procedo} command line (picocli): one command per task, over the same services as the web API. */
package procedo.modeler.cli;
