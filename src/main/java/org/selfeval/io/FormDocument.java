package org.selfeval.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import org.selfeval.scoring.Profile;
import org.selfeval.scoring.Tier;

/**
 * The form file as plain data (docs/file-format.md): what Jackson reads and writes. {@code rules} are the form's
 * own rules (null in 1.x files); {@code edition} the preset they came from. The editor works on
 * {@link org.selfeval.model.FormModel}; {@link FormMapper} converts between the two.
 */
@JsonPropertyOrder({"format", "version", "edition", "rules", "header", "funds", "goals", "indicators"})
public record FormDocument(String format, String version, String edition, Profile rules, Header header, Funds funds,
                           Goals goals, List<Indicator> indicators) {

    /** The value of {@code format} that marks a SelfEval form file. */
    public static final String FORMAT = "selfeval.form";
    /** The major version this program writes and reads; files of a higher major version are refused. */
    public static final int MAJOR = 2;
    /**
     * The version written into new files. 2.0 keeps the form's rules ({@code rules}) in the file; a 1.x file has
     * only the edition id and takes that preset's rules when opened.
     */
    public static final String VERSION = "2.0";

    /** Title block and 项目名称 … 联系电话. */
    @JsonPropertyOrder({"year", "projectName", "department", "implementingUnit", "projectLeader", "phone"})
    public record Header(Integer year, String projectName, String department, String implementingUnit,
                         String projectLeader, String phone) {
    }

    /** The 项目资金 block: the execution rate's 分值 and the four rows. */
    @JsonPropertyOrder({"executionWeight", "total", "currentYear", "carriedOver", "other"})
    public record Funds(BigDecimal executionWeight, Amounts total, Amounts currentYear, Amounts carriedOver,
                        Amounts other) {
    }

    /** One 项目资金 row; {@code null} is an empty cell. */
    @JsonPropertyOrder({"initialBudget", "annualBudget", "executed"})
    public record Amounts(BigDecimal initialBudget, BigDecimal annualBudget, BigDecimal executed) {
    }

    /** 年度总体目标. */
    @JsonPropertyOrder({"expected", "achieved"})
    public record Goals(String expected, String achieved) {
    }

    /**
     * One indicator row. {@code score} is the score that counts; when {@code scoreManual} is false it is the
     * suggestion at the time of saving, recomputed on opening.
     */
    @JsonPropertyOrder({"level1", "level2", "name", "target", "actual", "weight", "score", "scoreManual", "tier",
            "reason"})
    public record Indicator(String level1, String level2, String name, String target, String actual,
                            BigDecimal weight, BigDecimal score, Boolean scoreManual, Tier tier, String reason) {
    }
}
