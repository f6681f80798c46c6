/** Synthetic national-scale catalogs for benchmarks. */
package procedo.catalog.generate;
