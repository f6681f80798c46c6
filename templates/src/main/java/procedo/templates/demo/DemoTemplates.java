package procedo.templates.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import procedo.catalog.account.Actor;
import procedo.templates.TemplateService;
import procedo.templates.adoption.Overrides;

/**
 * Demo packages shaped on real forms — the birth registration declaration (two versions: the 2025.2 standard
 * dropped two documents and shortened the time to one day) and the application for registering a sole
 * proprietorship — published, with adoptions by a few provinces, some of which deviate from the standard.
 * Needs the demo catalog's agencies (UBND_XA, SO_TAI_CHINH).
 */
public final class DemoTemplates {

    public static final List<String> RESOURCES = List.of("1.001193-2025.1.json", "1.001193-2025.2.json",
            "2.001610-2025.1.json");

    private final TemplateService templates;

    /** Who the demo's imports, publications and adoptions are recorded as. */
    private static final Actor DEMO = Actor.system("demo templates");

    public DemoTemplates(TemplateService templates) {
        this.templates = templates;
    }

    /** Imports and publishes the demo packages and records the demo adoptions; returns the number of packages. */
    public int load() {
        for (String name : RESOURCES) {
            try (InputStream in = DemoTemplates.class.getResourceAsStream("/demo/templates/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("demo template " + name + " is missing from the class path");
                }
                var result = templates.importFile(in, DEMO);
                templates.publish(result.version().code(), result.version().version(), DEMO);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // Hà Nội: on the current standard, with a local help text only.
        templates.adopt("01", "1.001193", "2025.2", new Overrides(null, null, Map.of(),
                Map.of("tre_que_quan", "Ghi đủ cấp xã, cấp tỉnh theo đơn vị hành chính sau ngày 01/7/2025")), 0, DEMO);
        // Cao Bằng: still on 2025.1 (two documents and three days more than the standard) and a higher copy fee.
        templates.adopt("04", "1.001193", "2025.1", new Overrides(null, null,
                Map.of("le_phi_ban_sao", new BigDecimal("10000")), Map.of()), 0, DEMO);
        // Đà Nẵng: the standard as published.
        templates.adopt("48", "1.001193", "2025.2", Overrides.NONE, 0, DEMO);
        // Hồ Chí Minh City: shorter time, and a provincial fee above the reference amount.
        templates.adopt("79", "2.001610", "2025.1", new Overrides(null, 2,
                Map.of("le_phi_truc_tiep", new BigDecimal("60000")), Map.of()), 0, DEMO);
        templates.adopt("31", "2.001610", "2025.1", Overrides.NONE, 0, DEMO);
        return RESOURCES.size();
    }
}
