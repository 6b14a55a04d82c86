package org.sitrep.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.codebook.ActorDictionary;
import org.sitrep.codebook.ActorEntry;
import org.sitrep.codebook.ActorMention;
import org.sitrep.codebook.Countries;
import org.sitrep.codebook.Country;
import org.sitrep.event.codebook.TriggerLexicon;
import org.sitrep.event.codebook.TriggerMatch;
import org.sitrep.geo.RegionSeats;
import org.sitrep.mention.DateMention;
import org.sitrep.mention.FatalityFinder;
import org.sitrep.mention.FatalityMention;
import org.sitrep.mention.PastDateNormaliser;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.CodePoints;
import org.sitrep.model.Event;
import org.sitrep.model.Event.EventPlace;
import org.sitrep.model.Evidence;
import org.sitrep.model.ResolvedPlace;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Codes the events of one report: triggers per sentence, their actors from sentence structure, the ACLED
 * sub-event type, place, date, fatalities and factuality, each with its evidence; then merges what the report
 * tells twice and orders by salience. Immutable; thread-safe.
 */
public final class EventCoder {
    private final TriggerLexicon lexicon;
    private final ActorDictionary actors;
    private final Countries countries;
    private final EventLocator locator;
    private final ArgumentFinder arguments = new ArgumentFinder();
    private final SubEventDecision decision = new SubEventDecision();
    private final FactualityClassifier factuality = new FactualityClassifier();
    private final PastDateNormaliser dates = new PastDateNormaliser();
    private final FatalityFinder fatalities = new FatalityFinder();
    private final LaterTolls laterTolls = new LaterTolls(fatalities);
    private final PlaceObjects placeObjects = new PlaceObjects();
    private final GroupActors groups;
    private final CommunalMilitias communalMilitias;
    private final NeighbourActors neighbours;
    private final ResponsibilityClaims claims = new ResponsibilityClaims();
    private final Unrealised unrealised = new Unrealised();

    public EventCoder(TriggerLexicon lexicon, ActorDictionary actors, Countries countries) {
        this(lexicon, actors, countries, RegionSeats.none());
    }

    /** As above; an event located only by an admin region is placed at the region's seat from {@code seats}. */
    public EventCoder(TriggerLexicon lexicon, ActorDictionary actors, Countries countries, RegionSeats seats) {
        this.lexicon = lexicon;
        this.actors = actors;
        this.countries = countries;
        this.locator = new EventLocator(countries, seats);
        this.groups = new GroupActors(actors);
        this.communalMilitias = new CommunalMilitias(actors, countries);
        this.neighbours = new NeighbourActors(actors, countries);
    }

    /**
     * Whether {@link #code} may read the dependency structure of this sentence: it has a trigger that can make an
     * event. False when it has none, or when every trigger is of a family that makes no event without an actor and
     * the sentence can hold no actor mention (no dictionary alias, no definite reference such as "the group"), so
     * coding is the same with or without a parse. {@code sentence} is the sentence's text, {@code tokens} its
     * POS-tagged, lemmatised, NER-labelled tokens.
     */
    public boolean needsStructure(String sentence, List<Token> tokens) {
        List<TriggerMatch> found = lexicon.find(tokens);
        if (found.isEmpty()) {
            return false;
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        boolean actorFree = TriggerSelection.of(found, tokens).all().stream()
                .allMatch(t -> SubEventDecision.needsActor(t.triggerClass(), lower));
        return !actorFree || Coreference.mayRefer(sentence) || !actors.find(sentence).isEmpty();
    }

    /** The report's events, main event first, ids "docid:1", "docid:2"... */
    public List<Event> code(AnnotatedText at, List<ResolvedPlace> places) {
        String text = at.document().text();
        List<ActorMention> actorMentions = new Coreference().resolve(text, communalMilitias.retype(text, actors.find(text), places));
        List<DateMention> dateMentions = dates.find(text, at.document().published());
        Optional<Country> mainCountry = EventLocator.mainPlace(places).flatMap(p -> locator.country(p.place()));
        List<EventCandidate> candidates = new ArrayList<>();
        List<Span> earlier = new ArrayList<>();
        for (Sentence s : at.sentences()) {
            if (!claims.apply(CodePoints.slice(text, s.span()), s.span(), actorMentions, candidates)) {
                candidates.addAll(codeSentence(at, s, actorMentions, dateMentions, places, earlier, mainCountry));
            }
            earlier.add(s.span());
        }
        candidates = neighbours.apply(candidates, at, actorMentions, mainCountry);
        return new EventMerger().merge(LaterSentences.apply(laterTolls.apply(candidates, at), at), at.document(), source(at));
    }

    private List<EventCandidate> codeSentence(AnnotatedText at, Sentence s, List<ActorMention> allActors,
                                              List<DateMention> allDates, List<ResolvedPlace> places,
                                              List<Span> earlier, Optional<Country> mainCountry) {
        TriggerSelection triggers = TriggerSelection.of(lexicon.find(s.tokens()), s.tokens());
        if (triggers.isEmpty()) {
            return List.of();
        }
        String text = at.document().text();
        String sentenceText = CodePoints.slice(text, s.span());
        String lower = sentenceText.toLowerCase(Locale.ROOT);
        List<ActorMention> sentenceActors = allActors.stream().filter(a -> s.span().contains(a.span())
                && !inUniformWords(text, a)).toList();
        List<FatalityMention> tolls = fatalities.find(sentenceText);
        String fact = factuality.classify(sentenceText);
        SentenceGraph g = new SentenceGraph(s);
        List<EventCandidate> out = new ArrayList<>();
        Allies allies = g.parsed() ? Allies.in(g, sentenceActors) : Allies.none();
        for (TriggerMatch t : triggers.forEvents(out::isEmpty)) {
            if (unrealised.test(g, t)) {
                continue;
            }
            int triggerAt = s.tokens().get(t.start()).span().start();
            Arguments found = withTaker(t, withPreviousHolder(t, arguments.find(g, t, sentenceActors), sentenceActors),
                    sentenceActors);
            String afterTrigger = afterTrigger(text, triggerAt, s.span().end(), found.agent());
            Arguments args = allies.apply(VictimRoles.apply(g, t, found, sentenceActors, triggerAt, afterTrigger, allies),
                    sentenceActors);
            boolean objectIsPlace = args.objectToken().map(o -> placeObjects.isPlace(g, o, places)).orElse(false)
                    || t.triggerClass().isTerritory() && g.parsed()
                    && placeObjects.takenFrom(g, ArgumentFinder.headToken(g, t), places)
                    || PlaceObjects.territoryNamedAfter(t.phrase(), afterTrigger);
            Optional<ActorEntry> agent = args.agent().map(ActorMention::actor);
            Optional<ActorEntry> patient = args.patient().map(ActorMention::actor);
            boolean killed = tolls.stream().anyMatch(f -> f.count() > 0);
            boolean patientFromStructure = !args.rule().contains("civilian-victims-in-sentence")
                    && !args.rule().contains("civilian-is-victim") && !args.rule().startsWith("proximity");
            Optional<SubEventDecision.Decision> d = decision.decide(t.triggerClass(), lower, afterTrigger, agent, patient,
                    objectIsPlace, killed, patientFromStructure);
            if (d.isEmpty()) {
                continue;
            }
            Optional<EventPlace> place = locator.locate(text, s.span(), triggerAt, places, earlier);
            Optional<Country> country = place.flatMap(p -> countries.byName(p.country())).or(() -> mainCountry)
                    .or(() -> homeOfNonStateActor(sentenceActors));
            ActorRoles roles = groups.roles(d.get().type(), args, country, sentenceActors, afterTrigger, lower, allies);
            out.add(candidate(s, t, d.get(), args, roles, place, allDates, tolls, fact, sentenceText));
        }
        return out;
    }

    /** "gunmen wearing military uniforms": a force named only by the clothes of others is no actor. */
    private static boolean inUniformWords(String text, ActorMention a) {
        int end = Math.min(text.codePointCount(0, text.length()), a.span().end() + 12);
        String around = CodePoints.slice(text, new Span(a.span().start(), end)).toLowerCase(Locale.ROOT);
        return SubEventCues.UNIFORMS.matcher(around).lookingAt();
    }

    /**
     * With no place in the report, the home country of the first named rebel or militia of the sentence ("Kenyan
     * forces repel an al Shabaab attack": Somalia), so that foreign state forces fighting it are external forces.
     */
    private Optional<Country> homeOfNonStateActor(List<ActorMention> sentenceActors) {
        return sentenceActors.stream().map(ActorMention::actor)
                .filter(a -> !a.generic() && a.inter() >= 2 && a.inter() <= 4 && a.countryCode().isPresent())
                .findFirst().flatMap(a -> countries.byIso2(a.countryCode().get()));
    }

    /** The sentence from the trigger on, lowercased, with the agent's own words blanked ("attacked by JNIM fighters"). */
    private static String afterTrigger(String text, int from, int to, Optional<ActorMention> agent) {
        int[] cps = CodePoints.slice(text, new Span(from, to)).codePoints().toArray();
        agent.ifPresent(a -> {
            for (int cp = Math.max(from, a.span().start()); cp < Math.min(to, a.span().end()); cp++) {
                cps[cp - from] = ' ';
            }
        });
        return new String(cps, 0, cps.length).toLowerCase(Locale.ROOT);
    }

    /**
     * "The militants were pushed back from the areas around the Syrian army's positions": a territory change told in
     * the passive with no agent was made by the other armed actor of the sentence (state forces first).
     */
    private static Arguments withTaker(TriggerMatch t, Arguments args, List<ActorMention> sentenceActors) {
        if (!t.triggerClass().isTerritory() || args.agent().isPresent() || args.patient().isEmpty()) {
            return args;
        }
        ActorEntry lost = args.patient().get().actor();
        return sentenceActors.stream()
                .filter(a -> !a.actor().equals(lost) && (a.actor().inter() <= 3 || a.actor().inter() == 8))
                .min(java.util.Comparator.comparingInt(a -> a.actor().inter() == 1 || a.actor().inter() == 8 ? 0 : 1))
                .map(taker -> new Arguments(Optional.of(taker), args.patient(), args.objectToken(),
                        args.rule() + "+taker-in-sentence"))
                .orElse(args);
    }

    /** "took Hajin, the last town held by Islamic State": the other armed group of the sentence lost it. */
    private static Arguments withPreviousHolder(TriggerMatch t, Arguments args, List<ActorMention> sentenceActors) {
        if (!t.triggerClass().isTerritory() || args.patient().isPresent() || args.agent().isEmpty()) {
            return args;
        }
        ActorEntry agent = args.agent().get().actor();
        return sentenceActors.stream()
                .filter(a -> !a.actor().generic() && !a.actor().equals(agent) && a.actor().inter() <= 4
                        && !GroupActors.sameSide(agent, a.actor()))
                .findFirst()
                .map(holder -> new Arguments(args.agent(), Optional.of(holder), args.objectToken(),
                        args.rule() + "+holder-in-sentence"))
                .orElse(args);
    }

    private EventCandidate candidate(Sentence s, TriggerMatch t, SubEventDecision.Decision d, Arguments args,
                                     ActorRoles roles, Optional<EventPlace> place, List<DateMention> allDates,
                                     List<FatalityMention> tolls, String fact, String sentenceText) {
        Optional<DateMention> date = allDates.stream().filter(x -> s.span().contains(x.span())).findFirst()
                .or(() -> allDates.stream().filter(x -> x.span().end() <= s.span().start()).reduce((a, b) -> b));
        Optional<FatalityMention> toll = FatalityFinder.preferred(tolls);
        List<String> rules = new ArrayList<>(List.of("trigger:" + t.phrase(), "type:" + d.rule(), "actors:" + args.rule(),
                "factuality:" + fact));
        place.ifPresent(p -> rules.add("place:" + p.rule()));
        date.ifPresent(x -> rules.add("date:" + x.rule()));
        toll.ifPresent(x -> rules.add("fatalities:" + x.rule()));
        double confidence = confidence(args, place, date, fact);
        return new EventCandidate(s.index(), d.type(), roles.actor1(), roles.assocActor1(), roles.inter1(),
                roles.actor2(), roles.inter2(), place, date.map(DateMention::date), date.map(DateMention::precision),
                toll.map(FatalityMention::count), toll.map(FatalityMention::text), fact, confidence,
                List.of(new Evidence(s.span(), sentenceText)), rules, args.agent().map(ActorMention::actor));
    }

    private static double confidence(Arguments args, Optional<EventPlace> place, Optional<DateMention> date,
                                     String fact) {
        double c = 0.45;
        c += args.rule().equals("proximity") || args.rule().equals("none") ? 0.05 : 0.15;
        c += place.filter(p -> p.rule().startsWith("place-in-sentence")).isPresent() ? 0.15 : place.isPresent() ? 0.05 : 0;
        c += date.isPresent() ? 0.1 : 0;
        c *= switch (fact) {
            case FactualityClassifier.POSSIBLE -> 0.6;
            case FactualityClassifier.DENIED -> 0.3;
            case FactualityClassifier.REPORTED -> 0.95;
            default -> 1.0;
        };
        return Math.round(Math.min(0.95, c) * 100) / 100.0;
    }

    private static String source(AnnotatedText at) {
        return at.document().url().map(EventCoder::host).orElse("");
    }

    private static String host(String url) {
        try {
            String h = java.net.URI.create(url.trim()).getHost();
            return h == null ? url : h.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
