package org.sitrep.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitrep.codebook.ActorEntry;
import org.sitrep.model.Event.EventPlace;
import org.sitrep.model.Evidence;

/**
 * An event read from one sentence, before merging and numbering. Actor names are final (generic templates filled).
 */
record EventCandidate(int sentence, SubEventType type, String actor1, Optional<String> assocActor1, int inter1,
                      Optional<String> actor2, Optional<Integer> inter2, Optional<EventPlace> place,
                      Optional<LocalDate> date, Optional<Integer> timePrecision, Optional<Long> fatalities,
                      Optional<String> fatalitiesText, String factuality, double confidence, List<Evidence> evidence,
                      List<String> rules, Optional<ActorEntry> agentEntry) {
    EventCandidate {
        evidence = List.copyOf(evidence);
        rules = List.copyOf(rules);
    }

    /** This candidate with a death toll read from a later sentence of the report. */
    EventCandidate withToll(long count, String phrase) {
        List<String> r = new java.util.ArrayList<>(rules);
        r.add("fatalities:following-sentence");
        return new EventCandidate(sentence, type, actor1, assocActor1, inter1, actor2, inter2, place, date,
                timePrecision, Optional.of(count), Optional.of(phrase), factuality, confidence, evidence, r, agentEntry);
    }
}
