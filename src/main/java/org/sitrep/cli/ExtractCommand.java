package org.sitrep.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.sitrep.App;
import org.sitrep.model.Extraction;
import org.sitrep.model.RawArticle;
import org.sitrep.model.StageFailure;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.ResultJson;
import org.sitrep.source.FileSource;
import org.sitrep.source.JsonLine;
import org.sitrep.source.JsonLinesSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep extract}: one JSON result per input document on standard output, in input order. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Code the events of conflict reports.",
                "Prints one JSON result per document, one per line, in input order. An input that fails prints",
                "{\"id\":…,\"error\":{\"stage\":…,\"reason\":…}} in its place and a one-line reason on stderr.",
                "Exit code 0 when every input was coded, 2 when any failed."})
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Reports (.txt, .html, .md; '-' for standard input), or with --jsonl one JSON-lines file.")
    List<String> files = new ArrayList<>();

    @Option(names = "--jsonl", description = "Input lines {\"id\", \"text\", optional \"title\", \"published\", \"url\"}; text taken as given.")
    boolean jsonl;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date for inputs that state none.")
    LocalDate published;

    @Mixin
    LearnedSourceHomes.Option learnSourceHomes = new LearnedSourceHomes.Option();

    @Mixin
    RunOptions run = new RunOptions();

    @Override
    public Integer call() {
        if (jsonl && files.size() != 1) {
            throw new UserError("--jsonl takes exactly one file (or '-')");
        }
        if (files.stream().noneMatch(f -> f.equals("-") || Files.exists(Path.of(f)))) {
            throw new UserError(files.size() == 1 ? "no such file: " + files.get(0) : "none of the input files exist");
        }
        Pipeline pipeline = App.pipeline(run.dataDir(), run.progress());
        PrintStream out = System.out;
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        Optional<LearnedSourceHomes> learner = learnSourceHomes.learner();
        try (Stream<Input> inputs = inputs()) {
            new OrderedParallelRunner(run.threads()).run(inputs.iterator(), in -> process(pipeline, in, learner), line -> {
                if (line.failure() != null) {
                    failed.incrementAndGet();
                    System.err.println("sitrep: " + line.failure());
                }
                done.incrementAndGet();
                out.println(line.json());
            });
        }
        out.flush();
        run.progress().accept("extract: " + done.get() + " documents, " + failed.get() + " failed");
        learner.ifPresent(l -> l.save(run.dataDir(), run.progress(), "extract"));
        return failed.get() == 0 ? 0 : 2;
    }

    private record Line(String json, String failure) {
    }

    private Line process(Pipeline pipeline, Input in, Optional<LearnedSourceHomes> learner) {
        if (in.failure().isPresent()) {
            return failure(in.label(), in.failure().get());
        }
        RawArticle article = in.article().get();
        try {
            Extraction x = pipeline.process(article);
            learner.ifPresent(l -> l.learn(x));
            return new Line(ResultJson.render(x), null);
        } catch (StageFailure f) {
            return failure(article.id().orElse(in.label()), f);
        }
    }

    private static Line failure(String id, StageFailure f) {
        return new Line(ResultJson.error(id, f.stage(), f.reason()), id + ": " + f.reason() + " (" + f.stage() + ")");
    }

    private Stream<Input> inputs() {
        if (jsonl) {
            return new JsonLinesSource().lines(Path.of(files.get(0))).map(this::fromJsonLine);
        }
        FileSource source = new FileSource();
        return files.stream().map(f -> {
            try {
                return Input.of(f, withPublished(source.read(Path.of(f))));
            } catch (StageFailure e) {
                return Input.failed(f, e);
            }
        });
    }

    private Input fromJsonLine(JsonLine line) {
        return switch (line) {
            case JsonLine.Article a -> Input.of(a.article().id().orElse("line " + a.line()), withPublished(a.article()));
            case JsonLine.Failed f -> Input.failed(f.id(), f.failure());
        };
    }

    private RawArticle withPublished(RawArticle a) {
        if (published == null || a.published().isPresent()) {
            return a;
        }
        return new RawArticle(a.id(), a.origin(), a.format(), a.body(), a.title(), Optional.of(published), a.url());
    }
}
