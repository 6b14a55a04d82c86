package org.sitrep.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.sitrep.App;
import org.sitrep.eval.events.AcledScore;
import org.sitrep.eval.events.CaseScore;
import org.sitrep.eval.events.GoldFiles;
import org.sitrep.eval.events.LocationCeiling;
import org.sitrep.eval.events.PloverScore;
import org.sitrep.geo.Gazetteer;
import org.sitrep.model.Event;
import org.sitrep.model.RawArticle;
import org.sitrep.model.StageFailure;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep eval events}: event coding measured on CASE 2021 snippets, ACLED notes and PLOVER records. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Measure event coding on the public gold files (see EVALUATION.md, section Event coding):",
                "CASE 2021 task 2 snippets (weighted F1), ACLED 2016 notes (field agreement), PLOVER records."})
public final class EventEvalCommand implements Callable<Integer> {
    @Option(names = "--dir", paramLabel = "DIR", required = true,
            description = "Folder with " + GoldFiles.CASE_FILE + ", " + GoldFiles.ACLED_FILE + ", " + GoldFiles.PLOVER_FILE + ".")
    Path dir;

    @Option(names = "--set", paramLabel = "SET", split = ",", description = "case, acled, plover (default: all three).")
    List<String> sets = new ArrayList<>(List.of("case", "acled", "plover"));

    @Option(names = "--limit", paramLabel = "N", description = "Only the first N items of each set.")
    Integer limit;

    @Option(names = "--anchor", paramLabel = "YYYY-MM-DD", defaultValue = "2016-07-31",
            description = "Publication date given to the ACLED notes, which state none (default: ${DEFAULT-VALUE}, "
                    + "the end of the sample month).")
    LocalDate anchor;

    @Option(names = "--errors", paramLabel = "FILE", description = "Write the misclassified items here (TSV) for analysis.")
    Path errorsFile;

    @Mixin
    RunOptions run = new RunOptions();

    @Override
    public Integer call() {
        try {
            return measure();
        } catch (IOException e) {
            throw new UserError("cannot read the gold data: " + e.getMessage());
        }
    }

    private int measure() throws IOException {
        for (String s : sets) {
            if (!List.of("case", "acled", "plover").contains(s)) {
                throw new UserError("unknown set '" + s + "': use case, acled or plover");
            }
            Path f = dir.resolve(file(s));
            if (!Files.isRegularFile(f)) {
                throw new UserError("no such file: " + f);
            }
        }
        App.Stages stages = App.stages(run.dataDir(), run.progress());
        Pipeline pipeline = stages.pipeline();
        List<String> errors = new ArrayList<>();
        List<String> report = new ArrayList<>();
        if (sets.contains("case")) {
            CaseScore score = new CaseScore();
            evaluate(pipeline, "case", GoldFiles.caseSnippets(dir.resolve(GoldFiles.CASE_FILE)),
                    s -> article("case-" + s.id(), s.text(), Optional.empty()), score::add, errors);
            report.addAll(score.report());
        }
        if (sets.contains("acled")) {
            AcledScore score = new AcledScore();
            List<GoldFiles.AcledNote> notes = GoldFiles.acledNotes(dir.resolve(GoldFiles.ACLED_FILE));
            evaluate(pipeline, "acled", notes,
                    n -> article("acled-" + n.id(), n.notes(), Optional.of(anchor)), score::add, errors);
            report.add("(ACLED notes published on the fixed anchor " + anchor + ")");
            report.addAll(score.report());
            report.add(locationCeiling(stages.gazetteer(), limited(notes)));
        }
        if (sets.contains("plover")) {
            PloverScore score = new PloverScore();
            evaluate(pipeline, "plover", GoldFiles.ploverRecords(dir.resolve(GoldFiles.PLOVER_FILE)),
                    r -> article(r.id(), r.text(), r.date()), score::add, errors);
            report.addAll(score.report());
        }
        report.forEach(System.out::println);
        if (errorsFile != null) {
            Files.write(errorsFile, errors, StandardCharsets.UTF_8);
            run.progress().accept(errors.size() + " misclassified items written to " + errorsFile);
        }
        return 0;
    }

    /** The share of notes whose text names a gazetteer entry near ACLED's point ({@link LocationCeiling}). */
    private static String locationCeiling(Gazetteer gazetteer, List<GoldFiles.AcledNote> notes) {
        LocationCeiling ceiling = new LocationCeiling(gazetteer);
        notes.forEach(n -> ceiling.add(n.notes(), n.latitude(), n.longitude()));
        return ceiling.line();
    }

    /** The first {@code --limit} items, or all. */
    private <T> List<T> limited(List<T> items) {
        return limit == null ? items : items.subList(0, Math.min(limit, items.size()));
    }

    private static String file(String set) {
        return switch (set) {
            case "case" -> GoldFiles.CASE_FILE;
            case "acled" -> GoldFiles.ACLED_FILE;
            default -> GoldFiles.PLOVER_FILE;
        };
    }

    private <G> void evaluate(Pipeline pipeline, String name, List<G> gold, Function<G, RawArticle> article,
                              BiFunction<G, Optional<Event>, Optional<String>> score, List<String> errors) {
        List<G> items = limited(gold);
        record Done<G>(G gold, Optional<Event> first) {
        }
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        new OrderedParallelRunner(run.threads()).run(items.iterator(), g -> {
            try {
                return new Done<>(g, pipeline.process(article.apply(g)).events().stream().findFirst());
            } catch (StageFailure f) {
                failed.incrementAndGet();
                run.progress().accept(name + ": " + f.reason() + " (" + f.stage() + ")");
                return new Done<>(g, Optional.<Event>empty());
            }
        }, d -> {
            score.apply(d.gold(), d.first()).ifPresent(errors::add);
            if (done.incrementAndGet() % 50 == 0) {
                run.progress().accept(name + ": " + done.get() + "/" + items.size());
            }
        });
        run.progress().accept(name + ": " + items.size() + " items, " + failed.get() + " failed (scored as no event)");
    }

    private static RawArticle article(String id, String text, Optional<LocalDate> published) {
        return new RawArticle(Optional.of(id), id, RawArticle.Format.GIVEN, text, Optional.empty(), published,
                Optional.empty());
    }

}
