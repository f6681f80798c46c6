package procedo.catalog.transfer;

import procedo.catalog.text.Text;

/**
 * One value of a procedure that an import changes: the field's path in the procedure's JSON ({@code fees[0].amountVnd},
 * or {@code usage[79/2024/IMPORTED].dossiersTotal} for a usage figure), the label a person reads, and the value
 * before and after as the API speaks it (codes for enumerated values and agencies, ISO dates, plain numbers);
 * {@code null} before for what is added, after for what is taken out.
 */
public record FieldChange(String field, Text label, Object before, Object after) {

    /** Whether this changes a usage figure, which is not part of the procedure's versioned record. */
    public boolean usage() {
        return field.startsWith(CatalogDiff.USAGE);
    }
}
