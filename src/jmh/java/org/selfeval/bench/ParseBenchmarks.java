package org.selfeval.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.selfeval.io.FormFiles;
import org.selfeval.scoring.ParsedValue;
import org.selfeval.scoring.ValueParser;

/** Reading every target and actual of the two reference forms. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ParseBenchmarks {

    private List<String> texts;

    @Setup
    public void readTheReferenceForms() throws IOException {
        FormFiles files = new FormFiles();
        texts = Stream.of("/forms/reference-2021.json", "/forms/reference-2022.json").flatMap(resource -> {
            try (InputStream in = ParseBenchmarks.class.getResourceAsStream(resource)) {
                return files.read(in.readAllBytes()).indicators().stream();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).flatMap(i -> Stream.of(i.target(), i.actual())).toList();
    }

    @Benchmark
    public int parseTarget() {
        int numbers = 0;
        for (String text : texts) {
            if (ValueParser.parse(text).kind() == ParsedValue.Kind.NUMBER) {
                numbers++;
            }
        }
        return numbers;
    }
}
