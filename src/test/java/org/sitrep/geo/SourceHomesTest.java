package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Place;
import org.sitrep.model.ResolvedPlace;
import org.sitrep.model.Span;

/** The sources' home table: its file format, the source of a URL, and learning homes from reports' places. */
class SourceHomesTest {
    @TempDir
    Path dir;

    @Test
    void aSourceIsTheLowerCaseHostWithoutWww() {
        assertEquals(Optional.of("thetowntalk.example"),
                SourceHomes.sourceOf(Optional.of("http://WWW.TheTownTalk.example/article/1?x=2")));
        assertEquals(Optional.of("news.example.org"), SourceHomes.sourceOf(Optional.of(" https://news.example.org ")));
        assertEquals(Optional.empty(), SourceHomes.sourceOf(Optional.of("not a url at all")));
        assertEquals(Optional.empty(), SourceHomes.sourceOf(Optional.of("file.txt")));
        assertEquals(Optional.empty(), SourceHomes.sourceOf(Optional.empty()));
    }

    @Test
    void aTableIsWrittenAndReadBackAndHandWrittenLinesNeedOnlyThreeFields() throws IOException {
        Path file = dir.resolve("homes.tsv");
        SourceHomes.of(Map.of("b.example", new SourceHomes.Home("US", "Texas", 4, 6))).write(file);
        Files.writeString(file, "# a comment\n\na.example\tgb\tEngland\n", java.nio.file.StandardOpenOption.APPEND);
        SourceHomes read = SourceHomes.read(file);
        assertEquals(2, read.size());
        assertEquals(new SourceHomes.Home("US", "Texas", 4, 6), read.homeOf(Optional.of("b.example")).orElseThrow());
        assertEquals(new SourceHomes.Home("GB", "England", 0, 0), read.homeOf(Optional.of("a.example")).orElseThrow());
        assertEquals("US:texas", read.homeOf(Optional.of("b.example")).orElseThrow().regionKey());
    }

    @Test
    void aMalformedLineOrAMissingFileIsAOneLineError() throws IOException {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, "a.example\tTexas\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SourceHomes.read(file));
        assertTrue(e.getMessage().contains("line 1: expected 'host<TAB>country code<TAB>region'"), e.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SourceHomes.read(dir.resolve("none.tsv")))
                .getMessage().startsWith("cannot read source homes"));
    }

    @Test
    void theTablesOwnEntriesWinOverLearnedOnes() {
        SourceHomes hand = SourceHomes.of(Map.of("a.example", new SourceHomes.Home("US", "Ohio", 0, 0)));
        SourceHomes learned = SourceHomes.of(Map.of("a.example", new SourceHomes.Home("US", "Texas", 3, 3),
                "b.example", new SourceHomes.Home("US", "Iowa", 3, 4)));
        SourceHomes all = hand.plus(learned);
        assertEquals("Ohio", all.homeOf(Optional.of("a.example")).orElseThrow().region());
        assertEquals("Iowa", all.homeOf(Optional.of("b.example")).orElseThrow().region());
    }

    @Test
    void aHomeNeedsThreeReportsAndHalfOfTheSourcesVotingReports() {
        SourceHomeLearner learner = new SourceHomeLearner();
        Optional<String> paper = Optional.of("paper.example");
        for (int i = 0; i < 2; i++) {
            learner.learn(paper, List.of(decided(town("Shreveport", "Louisiana"), "only-candidate")));
        }
        assertEquals(0, learner.homes().size(), "two reports are not enough");
        learner.learn(paper, List.of(decided(region("Louisiana"), "country-context")));
        assertEquals("Louisiana", learner.homes().homeOf(paper).orElseThrow().region(),
                "a region named by its full name votes whatever rule read it");
        for (int i = 0; i < 3; i++) {
            learner.learn(paper, List.of(decided(town("Tyler", "Texas"), "admin-context")));
        }
        assertTrue(learner.homes().homeOf(paper).isEmpty(), "a tie is no home");
        learner.learn(paper, List.of(decided(town("Tyler", "Texas"), "container")));
        assertEquals("Texas", learner.homes().homeOf(paper).orElseThrow().region(), "four of seven");
        for (int i = 0; i < 2; i++) {
            learner.learn(paper, List.of(decided(town("Toledo", "Ohio"), "home-region")));
        }
        assertTrue(learner.homes().homeOf(paper).isEmpty(), "four of nine reports are less than half");
    }

    @Test
    void placesChosenByPopulationOrByTheSourcesHomeDoNotVoteAndOrderDoesNotMatter() {
        List<List<ResolvedPlace>> reports = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            reports.add(List.of(decided(town("Alexandria", "Louisiana"), "source-home"),
                    decided(town("Paris", "Texas"), "population"),
                    decided(region("Federal District").withText("Federal"), "feature-kind")));
        }
        SourceHomeLearner ignored = new SourceHomeLearner();
        reports.forEach(r -> ignored.learn(Optional.of("p.example"), r));
        assertEquals(0, ignored.homes().size(), "no report had a vote");
        List<List<ResolvedPlace>> voting = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            voting.add(List.of(decided(town("Monroe", i < 3 ? "Louisiana" : "Ohio"), "proximity")));
        }
        SourceHomeLearner forward = new SourceHomeLearner();
        voting.forEach(r -> forward.learn(Optional.of("p.example"), r));
        Collections.reverse(voting);
        SourceHomeLearner backward = new SourceHomeLearner();
        voting.forEach(r -> backward.learn(Optional.of("p.example"), r));
        assertEquals(forward.homes().asMap(), backward.homes().asMap());
        assertEquals(new SourceHomes.Home("US", "Louisiana", 3, 4), forward.homes().asMap().get("p.example"));
    }

    private record Named(Place place, String text) {
        Named withText(String t) {
            return new Named(place, t);
        }
    }

    private static Named town(String name, String state) {
        return new Named(new Place(1, name, "P", "PPL", "US", "United States", Optional.of(state), Optional.empty(),
                30, -90, 10_000), name);
    }

    private static Named region(String name) {
        return new Named(new Place(2, name, "A", "ADM1", "US", "United States", Optional.of(name), Optional.empty(),
                31, -92, 4_000_000), name);
    }

    private static ResolvedPlace decided(Named n, String rule) {
        return new ResolvedPlace(new Span(0, n.text().length()), n.text(), n.place(), 0.8, rule);
    }
}
