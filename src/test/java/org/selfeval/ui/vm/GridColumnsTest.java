package org.selfeval.ui.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.selfeval.check.IndicatorColumn;
import org.selfeval.check.Location;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormDocument;
import org.selfeval.io.FormFiles;
import org.selfeval.io.FormMapper;
import org.selfeval.model.IndicatorRow;
import org.selfeval.scoring.ProfileCatalog;

/** The indicator tables' column definitions, and what the table's view model does through them. */
class GridColumnsTest {

    private final ProfileCatalog catalog = ProfileCatalog.builtIn();
    private final FormViewModel vm = new FormViewModel(BlankForms.create(catalog.defaultProfile()),
            Messages.chinese(), Debouncer.immediate());
    private final IndicatorTableViewModel output = vm.tables().get(0);

    @Test
    void everyColumnOfTheFormButThe一级HasOneColumnInTheTable() {
        for (IndicatorColumn column : IndicatorColumn.values()) {
            Optional<GridColumn> shown = GridColumns.of(column);
            assertEquals(column != IndicatorColumn.LEVEL1, shown.isPresent(), column.name());
            shown.ifPresent(c -> assertEquals(Optional.of(column), c.formColumn()));
        }
        List<String> ids = GridColumns.ALL.stream().map(GridColumn::id).toList();
        assertEquals(ids.size(), ids.stream().distinct().count(), "one definition per column: " + ids);
        assertTrue(GridColumns.ALL.stream().allMatch(c -> Messages.chinese().bundle().containsKey(c.headerKey())));
    }

    @Test
    void aTextLongerThanAFileHoldsIsRefusedWholeAndTheCellKeepsItsValue() {
        IndicatorRow row = output.rows().get(0);
        output.commit(row, GridColumns.REASON, "原因");
        Optional<String> refused = output.commit(row, GridColumns.REASON,
                "长".repeat(FormFiles.MAX_STRING_LENGTH + 1));
        assertEquals(Optional.of(new TextBudget(FormFiles.MAX_STRING_LENGTH, Messages.chinese())
                .refusal(FormFiles.MAX_STRING_LENGTH + 1)), refused);
        assertEquals("原因", row.getReason());
        assertEquals(Optional.empty(), output.commit(row, GridColumns.REASON, "长".repeat(FormFiles.MAX_STRING_LENGTH)));
    }

    @Test
    void aFigureThatIsNoNumberIsRefusedATextNever() {
        IndicatorRow row = output.rows().get(0);
        assertTrue(output.commit(row, GridColumns.WEIGHT, "五分").isPresent());
        assertEquals(Optional.empty(), output.commit(row, GridColumns.TARGET, "五分"));
        assertEquals("五分", output.text(row, GridColumns.TARGET));
    }

    /** The cell of the form's row at {@code place}, as the checks and the recovery record name it. */
    private Location cellOf(int place, IndicatorColumn column) {
        return new Location.Cell(vm.form().indicators().get(place).id(), place, column);
    }

    @Test
    void aTextBeingTypedGoesIntoTheRecoveryRecordAFigureDoesNot() {
        output.commit(output.rows().get(0), GridColumns.NAME, "培训");
        FormDocument saved = new FormMapper(catalog).toDocument(vm.form());
        for (IndicatorColumn column : Arrays.asList(IndicatorColumn.NAME, IndicatorColumn.REASON)) {
            FormDocument drafted = Drafts.apply(saved, new FormViewModel.Draft(cellOf(0, column), "还在打"));
            FormDocument.Indicator row = drafted.indicators().get(0);
            assertEquals("还在打", column == IndicatorColumn.NAME ? row.name() : row.reason(), column.name());
        }
        FormDocument figure = Drafts.apply(saved, new FormViewModel.Draft(
                cellOf(0, IndicatorColumn.WEIGHT), "3"));
        assertEquals(saved, figure, "a half-typed figure is not kept");
    }

    @Test
    void aPastedBlockFillsTheColumnsInTheFormsOrderFromTheSelectedOne() {
        IndicatorTableViewModel.PasteResult result = output.paste(0, GridColumns.TARGET, "≥3个\t2个\t4\t3\n");
        IndicatorRow row = output.rows().get(0);
        assertEquals(GridColumns.TARGET, result.firstColumn());
        assertEquals(GridColumns.SCORE, result.lastColumn(), "序号, 建议 and 档次 are the table's own, never pasted");
        assertEquals("2个", row.getActual());
        assertTrue(row.isManual(), "3 is not the suggestion for 2 of 3");
        assertEquals("≥3个\t2个\t4\t3\n", output.copy(List.of(row), List.of(GridColumns.TARGET,
                GridColumns.ACTUAL, GridColumns.WEIGHT, GridColumns.SCORE, GridColumns.SUGGESTION)));
    }
}
