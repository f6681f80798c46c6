/** Synthetic template packages of a chosen size for benchmarks: {@link procedo.templates.bench.LargePackage}. */
package procedo.templates.bench;
