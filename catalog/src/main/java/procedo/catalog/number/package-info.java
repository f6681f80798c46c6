/** Exact decimals shared by the modules: one spelling per number, and how many decimal places a value has. */
package procedo.catalog.number;
