package org.photodesk.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.photodesk.core.caption.CaptionCorpus;
import org.photodesk.core.caption.CaptionParse;
import org.photodesk.core.caption.CaptionParser;
import org.photodesk.core.check.CaptionChecker;
import org.photodesk.core.check.NameBook;
import org.photodesk.core.photo.PhotoMetadata;

/**
 * Captions per second on one thread: parsing alone, and parsing plus every check, over a corpus (a result is per
 * caption because each invocation handles the whole corpus): {@code written}, the project's labelled corpus, or
 * {@code real}, the real captions of {@code ../shared/real/captions-dev.jsonl} (read in place, from the project root
 * or {@code -Dphotodesk.real=DIR}; longer and messier than the written ones).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class CaptionBench {

    /** Operations per invocation: captions are repeated or cut to this many, whichever corpus is measured. */
    static final int CAPTIONS = 198;

    @Param({"written", "real"})
    public String corpus;

    private List<String> captions;
    private CaptionParser parser;
    private CaptionChecker checker;

    /** Loads the corpus and builds the name book from it, as the CLI does for a batch. */
    @Setup
    public void setUp() {
        List<String> read = corpus.equals("real") ? realCaptions()
                : CaptionCorpus.load().stream().map(CaptionCorpus.Entry::caption).toList();
        captions = java.util.stream.IntStream.range(0, CAPTIONS).mapToObj(i -> read.get(i % read.size())).toList();
        NameBook book = new NameBook();
        captions.forEach(book::addSeen);
        parser = new CaptionParser();
        checker = new CaptionChecker(Clock.fixed(Instant.parse("2024-08-12T00:00:00Z"), ZoneOffset.UTC), book, parser);
    }

    private static List<String> realCaptions() {
        java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("photodesk.real", "../shared/real"),
                "captions-dev.jsonl");
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (var lines = java.nio.file.Files.lines(file)) {
            return lines.filter(l -> !l.isBlank()).map(l -> {
                try {
                    return json.readTree(l).get("caption").asText();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read the real captions at " + file.toAbsolutePath()
                    + ": run from the project root with ../shared beside it, or give -Dphotodesk.real=DIR", e);
        }
    }

    /** Parsing only. */
    @Benchmark
    @OperationsPerInvocation(CAPTIONS)
    public void parse(Blackhole bh) {
        for (String c : captions) {
            bh.consume(parser.parse(c));
        }
    }

    /** Parsing plus all checks. */
    @Benchmark
    @OperationsPerInvocation(CAPTIONS)
    public void parseAndCheck(Blackhole bh) {
        for (String c : captions) {
            CaptionParse p = parser.parse(c);
            bh.consume(checker.check(c, p, PhotoMetadata.EMPTY));
        }
    }
}
