package org.selfeval.xlsx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.FormModel;
import org.selfeval.model.IndicatorRow;

/**
 * Compares an imported sheet's printed 总分 with the one recomputed under the form's rules and, when they
 * differ, says by how much and which figures differ: the 执行率's 得分, or indicator rows printed without a score.
 */
final class PrintedTotal {

    private PrintedTotal() {
    }

    static void compare(FormSheetReader sheet, FormModel form, List<ImportNote> notes) {
        BigDecimal total = form.getTotal();
        if (sheet.printedTotal == null || total == null) {
            return;
        }
        BigDecimal printed = cents(sheet.printedTotal);
        BigDecimal computed = cents(total);
        if (printed.compareTo(computed) == 0) {
            return;
        }
        notes.add(new ImportNote(sheet.totalRef, "xlsx.note.totalDiffers", plain(printed), plain(computed),
                plain(computed.subtract(printed))));
        BigDecimal execution = form.executionScoreBinding().get();
        if (sheet.printedExecutionScore != null && execution != null
                && sheet.printedExecutionScore.compareTo(execution) != 0) {
            notes.add(new ImportNote(sheet.executionScoreRef, "xlsx.note.executionScoreDiffers",
                    plain(sheet.printedExecutionScore), plain(execution)));
        }
        List<String> unscored = new ArrayList<>();
        for (int i = 0; i < sheet.indicators.size() && i < form.indicators().size(); i++) {
            IndicatorRow row = form.indicators().get(i);
            if (sheet.indicators.get(i).score() == null && row.getScore() != null) {
                unscored.add(sheet.indicators.get(i).rowNumber());
            }
        }
        if (!unscored.isEmpty()) {
            notes.add(new ImportNote("", "xlsx.note.rowsWithoutScore", String.join("、", unscored)));
        }
    }

    private static BigDecimal cents(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    private static String plain(BigDecimal v) {
        BigDecimal stripped = v.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
