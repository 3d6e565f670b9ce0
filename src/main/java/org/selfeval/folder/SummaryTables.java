package org.selfeval.folder;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.selfeval.i18n.Messages;
import org.selfeval.xlsx.TableWorkbook;

/**
 * The summary of a folder check as tables: one row per form sorted by unit (汇总), and every problem of every file
 * (问题). {@code check DIR --summary} and the window's 保存汇总表… write the same workbook.
 */
public final class SummaryTables {

    private final Messages messages;

    public SummaryTables(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** The reports by 实施单位 (in Chinese collation order), then by file; unreadable files, without a unit, last. */
    public static List<FormReport> byUnit(List<FormReport> reports) {
        Collator collator = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
        Comparator<FormReport> order = Comparator.comparing((FormReport r) -> blank(r.unit()))
                .thenComparing(FormReport::unit, collator)
                .thenComparing(FormReport::name);
        List<FormReport> sorted = new ArrayList<>(reports);
        sorted.sort(order);
        return sorted;
    }

    /** Writes the summary workbook, atomically. */
    public void write(java.nio.file.Path target, List<FormReport> reports) throws java.io.IOException {
        TableWorkbook.write(target, tables(reports));
    }

    /** The two sheets. */
    public List<TableWorkbook.Table> tables(List<FormReport> reports) {
        List<FormReport> sorted = byUnit(reports);
        return List.of(forms(sorted), problems(sorted));
    }

    /** The cells of one 汇总 row: file, project, department, unit, 执行率 (%), total, grade, errors, warnings, note. */
    public List<Object> row(FormReport r) {
        List<Object> row = new ArrayList<>();
        row.add(r.name());
        row.add(r.project());
        row.add(r.department());
        row.add(r.unit());
        row.add(r.rate());
        row.add(r.total() == null ? null : r.total().setScale(2, java.math.RoundingMode.HALF_UP));
        row.add(r.grade() == null ? null : r.grade().label());
        row.add(r.readable() ? (Object) r.errors() : null);
        row.add(r.readable() ? (Object) r.warnings() : null);
        row.add(r.readable() ? "" : r.failure());
        return row;
    }

    private TableWorkbook.Table forms(List<FormReport> sorted) {
        List<List<Object>> rows = new ArrayList<>();
        for (FormReport r : sorted) {
            rows.add(row(r));
        }
        return new TableWorkbook.Table(messages.get("summary.sheet.forms"), List.of(
                messages.get("summary.col.file"), messages.get("summary.col.project"),
                messages.get("summary.col.department"), messages.get("summary.col.unit"),
                messages.get("summary.col.rate"), messages.get("summary.col.total"),
                messages.get("summary.col.grade"), messages.get("summary.col.errors"),
                messages.get("summary.col.warnings"), messages.get("summary.col.failure")), rows);
    }

    private TableWorkbook.Table problems(List<FormReport> sorted) {
        List<List<Object>> rows = new ArrayList<>();
        for (FormReport r : sorted) {
            if (!r.readable()) {
                rows.add(List.of(r.name(), messages.get("folder.where.file"), messages.get("severity.error"),
                        r.failure()));
            }
            for (FormReport.Finding f : r.findings()) {
                rows.add(List.of(r.name(), f.where(), messages.get(f.severity().messageKey()), f.message()));
            }
        }
        return new TableWorkbook.Table(messages.get("summary.sheet.problems"), List.of(
                messages.get("summary.col.file"), messages.get("summary.col.where"),
                messages.get("summary.col.severity"), messages.get("summary.col.message")), rows);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
