/** Assessment of the catalog: compliance cost per procedure and scope, priority ranking and portfolios. */
package procedo.catalog.assessment;
