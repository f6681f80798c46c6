package procedo.templates.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import procedo.catalog.procedure.CopyKind;
import procedo.catalog.procedure.FeeChannel;
import procedo.catalog.locality.Level;
import procedo.catalog.procedure.OnlineLevel;
import procedo.templates.model.FieldOption;
import procedo.templates.model.FieldType;
import procedo.templates.model.FormField;
import procedo.templates.model.FormSection;
import procedo.templates.model.FormTemplate;
import procedo.templates.model.TemplateComponent;
import procedo.templates.model.TemplateFee;
import procedo.templates.model.TemplatePackage;

/** A synthetic package of a given number of fields (forms of 500 fields in sections of 25), for benchmarks. */
public final class LargePackage {

    private static final FieldType[] TYPES = {FieldType.TEXT, FieldType.DATE, FieldType.SELECT, FieldType.NUMBER,
        FieldType.CITIZEN_ID, FieldType.ADDRESS, FieldType.MONEY, FieldType.TEXTAREA, FieldType.YESNO, FieldType.EMAIL};

    private LargePackage() {
    }

    public static TemplatePackage of(int fields) {
        List<FormTemplate> forms = new ArrayList<>();
        List<TemplateComponent> components = new ArrayList<>();
        int made = 0;
        for (int f = 0; made < fields; f++) {
            String code = "BM-" + (f + 1);
            List<FormSection> sections = new ArrayList<>();
            for (int s = 0; s < 20 && made < fields; s++) {
                List<FormField> list = new ArrayList<>();
                for (int i = 0; i < 25 && made < fields; i++, made++) {
                    FieldType type = TYPES[made % TYPES.length];
                    list.add(new FormField("f" + made, type, "Thông tin thứ " + (made + 1) + " của người yêu cầu",
                            "Item " + (made + 1), made % 3 == 0, made % 4 == 0 ? "Ghi đầy đủ, có dấu" : "",
                            type == FieldType.TEXT ? 1 : null, type == FieldType.TEXT ? 200 : null,
                            type == FieldType.NUMBER ? BigDecimal.ZERO : null, type == FieldType.NUMBER ? BigDecimal.valueOf(1000) : null,
                            null, type == FieldType.SELECT ? List.of(new FieldOption("co", "Có"), new FieldOption("khong", "Không")) : List.of(),
                            made % 5 == 0 ? "POPULATION_DB" : null, List.of()));
                }
                sections.add(new FormSection("Phần " + (s + 1), list));
            }
            forms.add(new FormTemplate(code, "Biểu mẫu số " + (f + 1), null, "", "", sections));
            components.add(new TemplateComponent("tp-" + (f + 1), "", "Tờ khai theo biểu mẫu số " + (f + 1), 1, 0,
                    CopyKind.ORIGINAL, null, code));
        }
        return new TemplatePackage("BENCH.001", "1", "Gói mẫu đo hiệu năng", "Hộ tịch", Level.COMMUNE, null, 5,
                OnlineLevel.PARTIAL, "", List.of(new TemplateFee("le_phi", FeeChannel.IN_PERSON, "Lệ phí", BigDecimal.valueOf(10000))),
                components, forms);
    }
}
