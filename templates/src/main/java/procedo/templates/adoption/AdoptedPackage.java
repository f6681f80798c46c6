package procedo.templates.adoption;

import procedo.templates.model.TemplatePackage;

/** A locality's adoption beside the central version it adopted and the package that results from its overrides. */
public record AdoptedPackage(Adoption adoption, TemplatePackage standard, TemplatePackage effective) {
}
