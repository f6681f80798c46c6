/** Locality adoption of central packages: allowed overrides, upgrades with conflicts, deviations from the standard. */
package procedo.templates.adoption;
