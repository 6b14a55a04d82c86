package org.sitrep.geo;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Place;
import org.sitrep.model.ResolvedPlace;

/**
 * Learns {@link SourceHomes} from the places read in each source's reports, without any gold: each report votes once
 * for every first-order region it names by the region's full name ("Louisiana"; not "Federal" for Federal District)
 * or in which it names a place that the text decided ({@link #EVIDENCE_RULES}) or that no reading elsewhere came
 * near ({@link #MIN_CONFIDENCE}). A place chosen by population, by gazetteer rank or by a source's home never votes,
 * so the table does not feed on itself. A source's home is the region that at least {@value #MIN_VOTES} of its
 * reports and at least {@value #MIN_SHARE} of its voting reports vote for, with more votes than any other region.
 * The result does not depend on the order reports are learned in. Thread-safe.
 */
public final class SourceHomeLearner {
    /** Reports that must vote for a region. */
    static final int MIN_VOTES = 3;
    /** Share of a source's voting reports that must vote for the region. */
    static final double MIN_SHARE = 0.5;
    /** Rules by which the text itself decided a place (containers, named regions, the text's own home, neighbours). */
    static final Set<String> EVIDENCE_RULES =
            Set.of("only-candidate", "container", "admin-context", "home-region", "proximity");

    /**
     * Confidence at which any other rule's reading votes: no reading elsewhere came near it ("Maiduguri" chosen over
     * its own district by feature kind; {@link CandidateScore#decide}).
     */
    static final double MIN_CONFIDENCE = 0.8;
    /** Rules that never vote: a guess by size or rank, or the table's own home. */
    static final Set<String> NO_EVIDENCE_RULES = Set.of("population", "gazetteer-rank", "source-home");

    private final Map<String, Map<String, Integer>> votes = new HashMap<>();
    private final Map<String, Integer> reports = new HashMap<>();
    private final Map<String, Place> regions = new HashMap<>();

    /** Counts one report of {@code source} (none: nothing is counted) with the places read in it. */
    public void learn(Optional<String> source, List<ResolvedPlace> places) {
        if (source.isEmpty()) {
            return;
        }
        Set<String> voted = new LinkedHashSet<>();
        Map<String, Place> named = new HashMap<>();
        for (ResolvedPlace r : places) {
            Place p = r.place();
            if (votes(r)) {
                HomeRegion.region(p).ifPresent(key -> {
                    voted.add(key);
                    named.putIfAbsent(key, p);
                });
            }
        }
        if (voted.isEmpty()) {
            return;
        }
        synchronized (this) {
            reports.merge(source.get(), 1, Integer::sum);
            Map<String, Integer> tally = votes.computeIfAbsent(source.get(), s -> new HashMap<>());
            voted.forEach(key -> tally.merge(key, 1, Integer::sum));
            named.forEach(regions::putIfAbsent);
        }
    }

    /**
     * Whether a place votes: a first-order region only when named by its full name, any other place when the text
     * decided it or no reading elsewhere came near it.
     */
    private static boolean votes(ResolvedPlace r) {
        Place p = r.place();
        if (p.isAdmin1()) {
            return ToponymKeys.key(r.text()).equals(ToponymKeys.key(p.name()));
        }
        return EVIDENCE_RULES.contains(r.rule())
                || r.confidence() >= MIN_CONFIDENCE && !NO_EVIDENCE_RULES.contains(r.rule());
    }

    /** The homes learned so far. */
    public synchronized SourceHomes homes() {
        Map<String, SourceHomes.Home> homes = new HashMap<>();
        votes.forEach((source, tally) -> home(tally, reports.get(source)).ifPresent(h -> homes.put(source, h)));
        return new SourceHomes(homes);
    }

    private Optional<SourceHomes.Home> home(Map<String, Integer> tally, int counted) {
        Optional<Map.Entry<String, Integer>> best = tally.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        if (best.isEmpty()) {
            return Optional.empty();
        }
        int top = best.get().getValue();
        boolean tie = tally.entrySet().stream().anyMatch(e -> e != best.get() && e.getValue() == top);
        if (tie || top < MIN_VOTES || top < MIN_SHARE * counted) {
            return Optional.empty();
        }
        Place p = regions.get(best.get().getKey());
        return Optional.of(new SourceHomes.Home(p.countryCode(), HomeRegion.regionName(p).orElseThrow(), top, counted));
    }
}
