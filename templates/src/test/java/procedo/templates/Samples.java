package procedo.templates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import procedo.catalog.locality.Agency;
import procedo.catalog.locality.LocalityRepository;
import procedo.catalog.locality.Level;
import procedo.templates.excel.PackageWorkbookWriter;
import procedo.templates.load.PackageJson;
import procedo.templates.model.TemplatePackage;

/** The demo packages (real-shaped birth registration and business registration forms) as test data. */
public final class Samples {

    private Samples() {
    }

    public static TemplatePackage birth1() {
        return load("1.001193-2025.1.json");
    }

    public static TemplatePackage birth2() {
        return load("1.001193-2025.2.json");
    }

    public static TemplatePackage business() {
        return load("2.001610-2025.1.json");
    }

    public static TemplatePackage load(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/demo/templates/" + name)) {
            return PackageJson.readStored(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] workbook(TemplatePackage p) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PackageWorkbookWriter().write(p, out);
        return out.toByteArray();
    }

    /** The agencies the demo packages name. */
    public static void agencies(LocalityRepository localities) {
        localities.saveAgency(new Agency("UBND_XA", "Ủy ban nhân dân cấp xã", Level.COMMUNE));
        localities.saveAgency(new Agency("SO_TAI_CHINH", "Sở Tài chính", Level.PROVINCE));
    }
}
