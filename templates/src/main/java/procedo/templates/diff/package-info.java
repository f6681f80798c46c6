/** Differences between two versions of a package. */
package procedo.templates.diff;
