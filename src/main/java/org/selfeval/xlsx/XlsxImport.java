package org.selfeval.xlsx;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormDocument;
import org.selfeval.io.FormMapper;
import org.selfeval.model.FormModel;
import org.selfeval.model.FundsColumn;
import org.selfeval.model.FundsLine;
import org.selfeval.model.IndicatorRow;
import org.selfeval.scoring.Profile;
import org.selfeval.scoring.ProfileCatalog;

/**
 * Imports a form from a workbook in the official layout: our own exports back into exactly the same form,
 * and sheets made by others by finding their labels (see docs/export.md for what is tolerated). What it could
 * not place is reported as notes rather than guessed.
 */
public final class XlsxImport {

    /** Larger files are refused: a real form's workbook is some tens of kilobytes. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private final ProfileCatalog profiles;
    private final Messages formText;

    /** @param formText the texts printed on the form, whose labels are looked for ({@link Messages#chinese()}) */
    public XlsxImport(ProfileCatalog profiles, Messages formText) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.formText = Objects.requireNonNull(formText, "formText");
    }

    /** Reads a workbook file (.xlsx, or the older .xls). */
    public ImportResult read(Path file) throws XlsxReadException {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new XlsxReadException(null, "xlsx.error.tooLarge", file.toString());
            }
        } catch (NoSuchFileException e) {
            throw new XlsxReadException(e, "io.error.notFound", file.toString());
        } catch (XlsxReadException e) {
            throw e;
        } catch (IOException e) {
            throw new XlsxReadException(e, "io.error.unreadable", file.toString(), String.valueOf(e.getMessage()));
        }
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            return read(workbook);
        } catch (XlsxReadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI reports a file that is not a workbook with several unchecked exceptions.
            throw new XlsxReadException(e, "xlsx.error.notWorkbook", file.toString());
        }
    }

    /** Reads an open workbook. */
    public ImportResult read(Workbook workbook) throws XlsxReadException {
        FormSheetReader reader = null;
        Sheet named = workbook.getSheet(formText.get("sheet.sheetName"));
        List<Sheet> candidates = new ArrayList<>();
        if (named != null) {
            candidates.add(named);
        }
        workbook.sheetIterator().forEachRemaining(candidates::add);
        Profile fallback = profiles.defaultProfile();
        for (Sheet sheet : candidates) {
            FormSheetReader r = new FormSheetReader(new SheetGrid(sheet), formText);
            if (r.looksLikeForm()) {
                reader = r;
                break;
            }
        }
        if (reader == null) {
            throw new XlsxReadException(null, "xlsx.error.notAForm");
        }
        reader.read(fallback.fundRowLabels());
        ExportMarks marks = marks(workbook);
        List<ImportNote> notes = new ArrayList<>(reader.notes);
        Profile profile = profile(reader, marks, notes);
        FormModel form = toModel(reader, profile, marks, notes);
        BigDecimal total = form.getTotal();
        if (reader.printedTotal != null && total != null
                && reader.printedTotal.setScale(2, RoundingMode.HALF_UP).compareTo(total.setScale(2, RoundingMode.HALF_UP)) != 0) {
            notes.add(new ImportNote(reader.totalRef, "xlsx.note.totalDiffers",
                    reader.printedTotal.stripTrailingZeros().toPlainString(),
                    total.setScale(2, RoundingMode.HALF_UP).toPlainString()));
        }
        FormDocument document = new FormMapper(profiles).toDocument(form);
        return new ImportResult(document, notes);
    }

    private Profile profile(FormSheetReader reader, ExportMarks marks, List<ImportNote> notes) {
        if (marks != null) {
            var marked = profiles.find(marks.edition());
            if (marked.isPresent()) {
                return marked.get();
            }
        }
        boolean costIsLevel1 = reader.indicators.stream().anyMatch(i -> i.level1().equals("成本指标"));
        String id = costIsLevel1 ? "central-2021-101" : reader.leaderRowFound ? ProfileCatalog.DEFAULT_ID : "central-2020";
        Profile profile = profiles.find(id).orElse(profiles.defaultProfile());
        notes.add(new ImportNote("", "xlsx.note.edition", profile.name()));
        return profile;
    }

    private static FormModel toModel(FormSheetReader reader, Profile profile, ExportMarks marks,
                                     List<ImportNote> notes) {
        FormModel form = new FormModel(profile);
        form.yearProperty().set(reader.year);
        Map<String, String> h = reader.header;
        form.projectNameProperty().set(h.getOrDefault("projectName", ""));
        form.departmentProperty().set(h.getOrDefault("department", ""));
        form.implementingUnitProperty().set(h.getOrDefault("implementingUnit", ""));
        form.projectLeaderProperty().set(h.getOrDefault("projectLeader", ""));
        form.phoneProperty().set(h.getOrDefault("phone", ""));
        if (reader.executionWeight != null) {
            form.executionWeightProperty().set(whole(reader.executionWeight));
        }
        reader.funds.forEach((line, amounts) -> {
            for (FundsColumn column : FundsColumn.values()) {
                BigDecimal v = amounts.get(column);
                form.funds(line).amountProperty(column).set(
                        v == null ? null : v.setScale(Math.max(profile.amountScale(), 0), RoundingMode.HALF_UP));
            }
        });
        form.expectedGoalProperty().set(reader.expectedGoal);
        form.achievedGoalProperty().set(reader.achievedGoal);
        List<ExportMarks.Mark> rowMarks = marks != null && marks.indicators().size() == reader.indicators.size()
                ? marks.indicators() : null;
        if (marks != null && rowMarks == null) {
            notes.add(new ImportNote("", "xlsx.note.rowsChanged"));
        }
        List<IndicatorRow> rows = new ArrayList<>();
        for (int i = 0; i < reader.indicators.size(); i++) {
            FormSheetReader.RawIndicator raw = reader.indicators.get(i);
            IndicatorRow row = form.newIndicator();
            row.level1Property().set(raw.level1());
            row.level2Property().set(raw.level2());
            row.nameProperty().set(raw.name());
            row.targetProperty().set(raw.target());
            row.actualProperty().set(raw.actual());
            row.weightProperty().set(raw.weight() == null ? null : whole(raw.weight()));
            row.reasonProperty().set(raw.reason());
            ExportMarks.Mark mark = rowMarks == null ? null : rowMarks.get(i);
            if (mark != null) {
                row.chosenTierProperty().set(mark.tier());
            }
            BigDecimal printed = raw.score() == null ? null : whole(raw.score());
            BigDecimal suggested = row.getSuggestion().score();
            boolean typed = mark != null ? mark.manual() : false;
            // The printed score counts: kept as typed when it was typed or differs from what the rules suggest.
            if (printed != null && (typed || suggested == null || printed.compareTo(suggested) != 0)) {
                row.enteredScoreProperty().set(printed);
            }
            rows.add(row);
        }
        form.indicators().setAll(rows);
        return form;
    }

    /** A figure without binary noise or trailing zeros: 5.0 → 5, 6.430000000001 → 6.43. */
    private static BigDecimal whole(BigDecimal value) {
        BigDecimal v = value.scale() > 6 ? value.setScale(6, RoundingMode.HALF_UP) : value;
        BigDecimal stripped = v.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static ExportMarks marks(Workbook workbook) {
        if (!(workbook instanceof XSSFWorkbook xssf)) {
            return null;
        }
        POIXMLProperties.CustomProperties custom = xssf.getProperties().getCustomProperties();
        CTProperty edition = custom.getProperty(ExportMarks.EDITION);
        if (edition == null || edition.getLpwstr() == null) {
            return null;
        }
        CTProperty rows = custom.getProperty(ExportMarks.INDICATORS);
        String encoded = rows == null ? "" : rows.getLpwstr();
        return new ExportMarks(edition.getLpwstr(), ExportMarks.decodeIndicators(encoded));
    }
}
