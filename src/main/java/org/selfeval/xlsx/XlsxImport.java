package org.selfeval.xlsx;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FileNames;
import org.selfeval.io.FormDocument;
import org.selfeval.io.FormFiles;
import org.selfeval.io.FormMapper;
import org.selfeval.io.FormReadException;
import org.selfeval.io.LocalizedIOException;
import org.selfeval.io.RegularFiles;
import org.selfeval.layout.LayoutCell;
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

    /**
     * Reads a workbook file (.xlsx). Anything else — not a workbook, damaged, a zip bomb, a DOCTYPE, password
     * protected, a legacy .xls, far too big, cells showing errors — is refused with one {@link XlsxReadException};
     * no other exception escapes, and the file itself is only read.
     */
    public ImportResult read(Path file) throws XlsxReadException {
        return read(file, null);
    }

    /**
     * Reads a workbook file under the given rules ({@code import --edition}); with {@code null}, the rules are
     * inferred from the sheet.
     */
    public ImportResult read(Path file, Profile rules) throws XlsxReadException {
        PoiLimits.apply();
        String name = FileNames.shown(file);
        try {
            return readFile(file, name, rules);
        } catch (XlsxReadException e) {
            throw named(e, file);
        }
    }

    private ImportResult readFile(Path file, String name, Profile rules) throws XlsxReadException {
        WorkbookFileChecks.requireReadableSize(file, name);
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(file.toFile());
        } catch (IOException e) {
            FormReadException why = RegularFiles.systemRefusal(e, file);
            throw new XlsxReadException(e, why.messageKey(), why.args());
        } catch (RuntimeException e) {
            throw new XlsxReadException(e, "io.error.unreadable", name);
        }
        if (magic == FileMagic.OLE2) {
            throw WorkbookFileChecks.ole2(file, name);
        }
        if (magic != FileMagic.OOXML) {
            throw new XlsxReadException(null, "xlsx.error.notWorkbook", name);
        }
        WorkbookFileChecks.requireOfficeZip(file, name);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw WorkbookFileChecks.refusal(e, name);
        }
        try {
            Map<String, List<ImportNote>> scanNotes = new PackageScan(name).check(pkg);
            ImportResult result = read(new XSSFWorkbook(pkg), name, scanNotes, rules);
            requireSavable(result);
            return result;
        } catch (XlsxReadException e) {
            throw e;
        } catch (IOException | XMLStreamException | InvalidFormatException | RuntimeException e) {
            // POI reports damaged content with several unchecked exceptions, from deep inside its parsers.
            throw WorkbookFileChecks.refusal(e, name);
        } finally {
            pkg.revert(); // closes without saving: the package was opened read-only (close() would try to save)
        }
    }

    private static XlsxReadException named(XlsxReadException e, Path file) {
        e.about(file);
        return e;
    }

    /** The import becomes a form file; one the program would then refuse to open is refused here instead. */
    private static void requireSavable(ImportResult result) throws XlsxReadException {
        FormFiles files = new FormFiles();
        try {
            files.read(files.toBytes(result.document()));
        } catch (FormReadException e) {
            throw new XlsxReadException(e, "xlsx.error.content",
                    new LocalizedIOException.Phrase(e.messageKey(), e.args()));
        }
    }

    /**
     * Reads an open workbook; {@code name} is the file's, for a refusal to say which file it was. Only visible
     * sheets are candidates: a hidden one that holds a form is noted and skipped, since the officer never saw it.
     * With {@code given} rules none are inferred from the sheet.
     */
    private ImportResult read(Workbook workbook, String name, Map<String, List<ImportNote>> scanNotes,
                              Profile given) throws XlsxReadException {
        FormSheetReader reader = null;
        String formName = formText.get("sheet.sheetName");
        List<Sheet> candidates = new ArrayList<>();
        List<ImportNote> hidden = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            Sheet sheet = workbook.getSheetAt(i);
            if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
                if (sheet.getSheetName().equals(formName)
                        || new FormSheetReader(new SheetGrid(sheet), formText).looksLikeForm()) {
                    hidden.add(new ImportNote("", "xlsx.note.hiddenSheet", sheet.getSheetName()));
                }
            } else if (sheet.getSheetName().equals(formName)) {
                candidates.add(0, sheet);
            } else {
                candidates.add(sheet);
            }
        }
        Sheet chosen = null;
        SheetGrid grid = null;
        for (Sheet sheet : candidates) {
            SheetGrid g = new SheetGrid(sheet);
            if (sheet.getSheetName().equals(formName)) {
                g.joinContinuations(continued(workbook)); // our own export: long texts continue in rows below
            }
            FormSheetReader r = new FormSheetReader(g, formText);
            if (r.looksLikeForm()) {
                reader = r;
                chosen = sheet;
                grid = g;
                break;
            }
        }
        if (reader == null) {
            throw new XlsxReadException(null, "xlsx.error.notAForm", name);
        }
        ExportMarks marks = marks(workbook);
        if (marks != null) {
            reader.readExactly();
        }
        reader.read(fundNames(given));
        if (reader.problem != null) {
            throw reader.problem;
        }
        List<ImportNote> notes = new ArrayList<>(hidden);
        notes.addAll(scanNotes.getOrDefault(chosen.getSheetName(), List.of()));
        grid.unreadable().forEach(ref -> notes.add(new ImportNote(ref, "xlsx.note.unreadableCell")));
        notes.addAll(reader.notes);
        Profile profile = given != null ? given : new RulesInference(reader, notes).infer(profile(reader, marks, notes));
        FormModel form = toModel(reader, profile, marks, notes);
        PrintedTotal.compare(reader, form, notes);
        FormDocument document = new FormMapper(profiles).toDocument(form);
        return new ImportResult(document, notes);
    }

    /** For each funds row, every label a preset (or the given rules) knows it by, the preset's label first. */
    private List<List<String>> fundNames(Profile given) {
        List<Profile> known = new ArrayList<>();
        if (given != null) {
            known.add(given);
        }
        known.addAll(profiles.all());
        List<List<String>> names = new ArrayList<>();
        for (FundsLine line : FundsLine.values()) {
            java.util.Set<String> forLine = new java.util.LinkedHashSet<>();
            for (Profile p : known) {
                forLine.add(p.fundRowLabels().get(line.ordinal()));
                forLine.addAll(p.fundRowAliases().get(line.ordinal()));
            }
            names.add(List.copyOf(forLine));
        }
        return names;
    }

    private Profile profile(FormSheetReader reader, ExportMarks marks, List<ImportNote> notes) {
        if (marks != null) {
            var marked = profiles.find(marks.edition());
            if (marked.isPresent()) {
                return marked.get();
            }
        }
        boolean costIsLevel1 = reader.indicators.stream().anyMatch(i -> i.level1().equals("成本指标"));
        // The closest preset by shape; the rules inferred from the sheet then adjust it (RulesInference).
        String id = costIsLevel1 ? "central-2021-101" : reader.leaderRowFound ? ProfileCatalog.DEFAULT_ID
                : "元".equals(reader.unit) ? "yuan-no-leader" : "central-2020";
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

    private static Map<String, LayoutCell.Continuation> continued(Workbook workbook) {
        if (!(workbook instanceof XSSFWorkbook xssf)) {
            return Map.of();
        }
        CTProperty continued = xssf.getProperties().getCustomProperties().getProperty(ExportMarks.CONTINUED);
        return continued == null ? Map.of() : ExportMarks.decodeContinued(continued.getLpwstr());
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
