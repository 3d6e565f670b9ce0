package org.selfeval.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.beans.value.ObservableValue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.selfeval.check.IndicatorColumn;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormDocument;
import org.selfeval.io.FormFiles;
import org.selfeval.io.FormMapper;
import org.selfeval.model.FormModel;
import org.selfeval.model.IndicatorRow;
import org.selfeval.scoring.ProfileCatalog;
import org.selfeval.ui.vm.FormViewModel;
import org.selfeval.ui.vm.IndicatorTableViewModel;
import org.selfeval.xlsx.XlsxExport;

/**
 * How long the work behind an edit, an open, a save and an export takes, for forms of 20, 200 and 2000
 * indicators. JMH's warm-up iterations make these warm figures (POI's first workbook is not measured).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FormBenchmarks {

    @Param({"20", "200", "2000"})
    public int indicators;

    private final FormFiles files = new FormFiles();
    private final FormMapper mapper = new FormMapper(ProfileCatalog.builtIn());
    private FormModel form;
    private IndicatorRow edited;
    private byte[] json;
    private Path folder;
    private Path file;
    private int round;
    private final XlsxExport export = new XlsxExport(Messages.chinese());
    private FormViewModel window;
    private IndicatorTableViewModel table;
    private IndicatorRow editedInWindow;
    private ObservableValue<String> shownTotal;
    private ObservableValue<String> shownSubtotal;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        FormDocument document = BenchForms.withIndicators(indicators);
        json = files.toBytes(document);
        form = mapper.toModel(document);
        edited = form.indicators().get(indicators / 2);
        folder = Files.createTempDirectory("selfeval-bench");
        file = folder.resolve("form.json");
        // The editor's view models over a second copy of the form, as the window binds them; the checks'
        // debouncer never fires here (they are measured on their own by recheck).
        window = new FormViewModel(mapper.toModel(document), Messages.chinese(), task -> { });
        editedInWindow = window.form().indicators().get(indicators / 2);
        table = window.table(editedInWindow.getLevel1()).orElseThrow();
        shownTotal = window.summary().total();
        shownSubtotal = table.subtotal();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(folder.resolve("form.json.bak"));
        Files.deleteIfExists(folder);
    }

    /** The officer changes one actual; the window reads the new total. */
    @Benchmark
    public BigDecimal rescoreAfterEdit() {
        edited.actualProperty().set((round++ % 30) + "个");
        return form.getTotal();
    }

    /**
     * The same edit typed into the window: one undoable command through the view model, then the texts the
     * summary bar and the table's 小计 show.
     */
    @Benchmark
    public String editInWindow() {
        table.commit(editedInWindow, IndicatorColumn.ACTUAL, (round++ % 30) + "个");
        return shownTotal.getValue() + shownSubtotal.getValue();
    }

    /** The checks the window runs once typing pauses (debounced): they read the whole form. */
    @Benchmark
    public void recheck() {
        window.recheck();
    }

    /** Opening a form file from bytes into the observable model, totals read. */
    @Benchmark
    public BigDecimal loadJson() throws IOException {
        return mapper.toModel(files.read(json)).getTotal();
    }

    /** Saving the open form: snapshot, JSON, atomic write with backup. */
    @Benchmark
    public void saveJson() throws IOException {
        files.write(file, mapper.toDocument(form));
    }

    /** Exporting the open form to .xlsx bytes (the layout plan and the POI workbook), POI already warm. */
    @Benchmark
    public byte[] exportXlsx() throws IOException {
        return export.toBytes(export.snapshot(form));
    }
}
