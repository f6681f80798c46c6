/**
 * Standardized form templates and template packages that localities import and adapt: import and export (POI in
 * {@code ..excel} and {@code ..office} packages only), versions, locality adoption and deviations, printable forms.
 */
package procedo.templates;
