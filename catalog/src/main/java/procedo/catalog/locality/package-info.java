/** Localities (the nation, the 34 provincial-level units since July 2025, communes) and implementing agencies. */
package procedo.catalog.locality;
