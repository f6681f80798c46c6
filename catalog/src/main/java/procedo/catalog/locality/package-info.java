/**
 * Reference data of the administration: localities (the nation, the 34 provincial-level units since July 2025,
 * communes), the levels procedures are carried out at, and implementing agencies.
 */
package procedo.catalog.locality;
