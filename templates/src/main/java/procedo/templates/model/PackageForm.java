package procedo.templates.model;

/** One form of a package, with the package it belongs to (as adopted by a locality, or the national standard). */
public record PackageForm(TemplatePackage pkg, FormTemplate form) {
}
