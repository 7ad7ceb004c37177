package vn.pdv.unit.pipeline.importing;

import vn.pdv.unit.decision.Bilingual;

/**
 * Why one row was not imported.
 *
 * @param column the column at fault as the template heads it, or {@code null} for the row as a whole
 * @param rule   a Bean Validation constraint name ({@code NotBlank}, {@code Pattern}, …), {@code Date}, {@code OneOf},
 *               {@code Duplicate}, or the pipeline's {@link vn.pdv.unit.decision.RuleCode}
 */
public record RowRefusal(int row, String column, String rule, Bilingual message) {

    static RowRefusal of(int row, Column column, String rule, String vi, String en) {
        return new RowRefusal(row, column == null ? null : column.label, rule,
                Bilingual.of(column == null ? vi : column.label + ": " + vi, column == null ? en : column.labelEn + ": " + en));
    }
}
