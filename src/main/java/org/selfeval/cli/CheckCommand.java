package org.selfeval.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.selfeval.check.FormChecker;
import org.selfeval.check.Problem;
import org.selfeval.check.Severity;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormFiles;
import org.selfeval.io.FormMapper;
import org.selfeval.io.FormReadException;
import org.selfeval.model.FormModel;
import org.selfeval.model.FundsLine;
import org.selfeval.scoring.ProfileCatalog;

/**
 * {@code check [--json] FORM.json}: prints the total, the grade and the problems of a form; given a folder,
 * {@code check DIR [--summary SUMMARY.xlsx]} checks every form in it ({@link FolderCommand}).
 */
final class CheckCommand {

    /** The summary workbook of a folder check. */
    private static final String SUMMARY = "--summary";

    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;

    CheckCommand(Messages messages, PrintStream out, PrintStream err) {
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    int run(List<String> options) {
        List<String> rest = new java.util.ArrayList<>(options);
        int at = rest.indexOf(SUMMARY);
        Path summary = null;
        if (at >= 0) {
            if (at + 1 >= rest.size() || rest.get(at + 1).startsWith("-")) {
                err.println(messages.get("cli.folder.usage"));
                return Cli.CANNOT_RUN;
            }
            summary = Path.of(rest.remove(at + 1));
            rest.remove(at);
        }
        Map.Entry<Set<String>, List<String>> parsed;
        try {
            parsed = Cli.split(rest, Set.of("--json"));
        } catch (Cli.UsageException e) {
            err.println(messages.get("cli.unknownCommand", e.getMessage()));
            return Cli.CANNOT_RUN;
        }
        if (parsed.getValue().size() != 1) {
            err.println(messages.get("cli.missingFile"));
            return Cli.CANNOT_RUN;
        }
        Path given = Path.of(parsed.getValue().get(0));
        boolean folder = Files.isDirectory(given);
        // --json describes one form; --summary a folder of them.
        if (folder ? parsed.getKey().contains("--json") : summary != null) {
            err.println(messages.get("cli.folder.usage"));
            return Cli.CANNOT_RUN;
        }
        if (folder) {
            return new FolderCommand(messages, out, err).run(given, summary);
        }
        FormFiles files = new FormFiles();
        FormModel form;
        try {
            form = new FormMapper(ProfileCatalog.builtIn()).open(files.read(given));
        } catch (FormReadException e) {
            e.about(given); // the edition is refused after reading, far from the path
            err.println(e.describe(messages));
            return Cli.CANNOT_RUN;
        }
        List<Problem> problems = new FormChecker(messages).check(form);
        if (parsed.getKey().contains("--json")) {
            printJson(files, form, problems);
        } else {
            printText(form, problems);
        }
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR) ? Cli.FORM_HAS_ERRORS : Cli.OK;
    }

    private void printText(FormModel form, List<Problem> problems) {
        out.println(messages.get("cli.total", points(form.getTotal()),
                messages.get("editor.grade." + form.getGrade().name())));
        BigDecimal rate = form.funds(FundsLine.TOTAL).rateBinding().get();
        if (rate == null) {
            out.println(messages.get("cli.noExecutionRate"));
        } else {
            out.println(messages.get("cli.executionRate", form.shownPercent(rate).toPlainString(),
                    points(form.executionScoreBinding().get())));
        }
        if (problems.isEmpty()) {
            out.println(messages.get("cli.noProblems"));
            return;
        }
        out.println(messages.get("cli.problemCount", problems.size(), count(problems, Severity.ERROR),
                count(problems, Severity.WARNING), count(problems, Severity.HINT)));
        for (Problem p : problems) {
            out.println(messages.get(p.severity().messageKey()) + "\t"
                    + p.location().describe(messages, form.profile()) + "\t" + p.message());
        }
    }

    private void printJson(FormFiles files, FormModel form, List<Problem> problems) {
        ObjectNode root = files.mapper().createObjectNode();
        root.put("total", points(form.getTotal()));
        root.put("grade", form.getGrade().label());
        BigDecimal rate = form.funds(FundsLine.TOTAL).rateBinding().get();
        root.put("executionRate", rate == null ? null : form.shownPercent(rate).toPlainString());
        root.put("executionScore", points(form.executionScoreBinding().get()));
        ArrayNode list = root.putArray("problems");
        for (Problem p : problems) {
            ObjectNode item = list.addObject();
            item.put("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT));
            item.put("where", p.location().describe(messages, form.profile()));
            item.put("message", p.message());
        }
        out.println(root.toPrettyString());
    }

    private static long count(List<Problem> problems, Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }

    /** A score as printed on the form: two decimals. */
    static String points(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
