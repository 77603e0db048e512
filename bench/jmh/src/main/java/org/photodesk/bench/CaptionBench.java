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
 * Captions per second on one thread: parsing alone, and parsing plus every check, over the labelled corpus
 * (a result is per caption because each invocation handles the whole corpus).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class CaptionBench {

    /** Corpus size; operations per invocation. */
    static final int CAPTIONS = 198;

    private List<String> captions;
    private CaptionParser parser;
    private CaptionChecker checker;

    /** Loads the corpus and builds the name book from it, as the CLI does for a batch. */
    @Setup
    public void setUp() {
        captions = CaptionCorpus.load().stream().map(CaptionCorpus.Entry::caption).toList();
        if (captions.size() != CAPTIONS) {
            throw new IllegalStateException("corpus has " + captions.size() + " captions; update CAPTIONS");
        }
        NameBook book = new NameBook();
        captions.forEach(book::addSeen);
        parser = new CaptionParser();
        checker = new CaptionChecker(Clock.fixed(Instant.parse("2024-08-12T00:00:00Z"), ZoneOffset.UTC), book, parser);
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
