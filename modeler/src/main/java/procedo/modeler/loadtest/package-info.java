/**
 * The load test: many signed-in clients at once against a real server on loopback, mixing reads and writes, with
 * latencies per operation and a check afterwards that every acknowledged write is there exactly once.
 */
package procedo.modeler.loadtest;
