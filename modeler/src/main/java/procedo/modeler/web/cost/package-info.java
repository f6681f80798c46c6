/** The Standard Cost Model over HTTP: stateless evaluation and comparison, and a catalog procedure's cost. */
package procedo.modeler.web.cost;
