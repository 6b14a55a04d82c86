package org.sitrep.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.codebook.ActorEntry;
import org.sitrep.model.Event.EventPlace;
import org.sitrep.model.Evidence;

/**
 * An event read from one sentence, before merging and numbering. Actor names are final (generic templates filled).
 * The {@code with...} methods return a copy with the named fields replaced and every other field kept.
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
        return withFatalities(Optional.of(count), Optional.of(phrase)).withRule("fatalities:following-sentence");
    }

    EventCandidate withSentence(int s) {
        return new EventCandidate(s, type, actor1, assocActor1, inter1, actor2, inter2, place, date,
                timePrecision, fatalities, fatalitiesText, factuality, confidence, evidence, rules, agentEntry);
    }

    EventCandidate withType(SubEventType t) {
        return new EventCandidate(sentence, t, actor1, assocActor1, inter1, actor2, inter2, place, date,
                timePrecision, fatalities, fatalitiesText, factuality, confidence, evidence, rules, agentEntry);
    }

    /** The primary actor: its final name, inter code and the dictionary entry it came from (if any). */
    EventCandidate withActor1(String name, int inter, Optional<ActorEntry> entry) {
        return new EventCandidate(sentence, type, name, assocActor1, inter, actor2, inter2, place, date,
                timePrecision, fatalities, fatalitiesText, factuality, confidence, evidence, rules, entry);
    }

    EventCandidate withAssocActor1(Optional<String> assoc) {
        return new EventCandidate(sentence, type, actor1, assoc, inter1, actor2, inter2, place, date,
                timePrecision, fatalities, fatalitiesText, factuality, confidence, evidence, rules, agentEntry);
    }

    EventCandidate withActor2(Optional<String> name, Optional<Integer> inter) {
        return new EventCandidate(sentence, type, actor1, assocActor1, inter1, name, inter, place, date,
                timePrecision, fatalities, fatalitiesText, factuality, confidence, evidence, rules, agentEntry);
    }

    EventCandidate withPlace(Optional<EventPlace> p) {
        return new EventCandidate(sentence, type, actor1, assocActor1, inter1, actor2, inter2, p, date,
                timePrecision, fatalities, fatalitiesText, factuality, confidence, evidence, rules, agentEntry);
    }

    EventCandidate withDate(Optional<LocalDate> d, Optional<Integer> precision) {
        return new EventCandidate(sentence, type, actor1, assocActor1, inter1, actor2, inter2, place, d,
                precision, fatalities, fatalitiesText, factuality, confidence, evidence, rules, agentEntry);
    }

    EventCandidate withFatalities(Optional<Long> count, Optional<String> phrase) {
        return new EventCandidate(sentence, type, actor1, assocActor1, inter1, actor2, inter2, place, date,
                timePrecision, count, phrase, factuality, confidence, evidence, rules, agentEntry);
    }

    EventCandidate withFactuality(String f) {
        return new EventCandidate(sentence, type, actor1, assocActor1, inter1, actor2, inter2, place, date,
                timePrecision, fatalities, fatalitiesText, f, confidence, evidence, rules, agentEntry);
    }

    EventCandidate withConfidence(double c) {
        return new EventCandidate(sentence, type, actor1, assocActor1, inter1, actor2, inter2, place, date,
                timePrecision, fatalities, fatalitiesText, factuality, c, evidence, rules, agentEntry);
    }

    EventCandidate withEvidence(List<Evidence> e) {
        return new EventCandidate(sentence, type, actor1, assocActor1, inter1, actor2, inter2, place, date,
                timePrecision, fatalities, fatalitiesText, factuality, confidence, e, rules, agentEntry);
    }

    EventCandidate withRules(List<String> r) {
        return new EventCandidate(sentence, type, actor1, assocActor1, inter1, actor2, inter2, place, date,
                timePrecision, fatalities, fatalitiesText, factuality, confidence, evidence, r, agentEntry);
    }

    /** This candidate with one more rule appended to its evidence trail. */
    EventCandidate withRule(String rule) {
        List<String> r = new ArrayList<>(rules);
        r.add(rule);
        return withRules(r);
    }
}
