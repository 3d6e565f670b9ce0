package org.selfeval.folder;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.selfeval.check.Severity;
import org.selfeval.scoring.Grade;

/**
 * One file of a folder check: the form's key figures and problems, or, for a file that cannot be read, the one-line
 * reason why.
 *
 * @param file       the file, absolute
 * @param name       the file's name relative to the folder checked ({@code 单位甲/2022.json})
 * @param project    项目名称, "" when unreadable
 * @param department 主管部门
 * @param unit       实施单位
 * @param rate       执行率 in percent with two decimals, {@code null} when it cannot be computed
 * @param total      总分, {@code null} when unreadable
 * @param grade      the grade of the total, {@code null} when unreadable
 * @param findings   the checks' problems, then what a workbook's import could not place (as hints)
 * @param failure    why the file cannot be read; {@code null} when it was read
 */
public record FormReport(Path file, String name, String project, String department, String unit, BigDecimal rate,
                         BigDecimal total, Grade grade, List<Finding> findings, String failure) {

    /** A problem of a form, in words. */
    public record Finding(String where, Severity severity, String message) {
    }

    /** How a file came out, from best to worst; a folder's result is the worst of its files. */
    public enum Verdict { FINE, ERRORS, UNREADABLE }

    public FormReport {
        Objects.requireNonNull(file, "file");
        findings = List.copyOf(findings);
    }

    /** A file that could not be read. */
    static FormReport unreadable(Path file, String name, String reason) {
        return new FormReport(file, name, "", "", "", null, null, null, List.of(), reason);
    }

    public boolean readable() {
        return failure == null;
    }

    public long errors() {
        return count(Severity.ERROR);
    }

    public long warnings() {
        return count(Severity.WARNING);
    }

    public Verdict verdict() {
        return !readable() ? Verdict.UNREADABLE : errors() > 0 ? Verdict.ERRORS : Verdict.FINE;
    }

    private long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
