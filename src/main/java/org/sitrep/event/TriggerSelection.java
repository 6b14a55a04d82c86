package org.sitrep.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.sitrep.event.codebook.TriggerClass;
import org.sitrep.event.codebook.TriggerMatch;
import org.sitrep.model.Token;

/**
 * Chooses which triggers of one sentence become events: one remote-violence event (the most specific family),
 * every territory trigger, one of each other family; direct violence ("killed", "clashes") only when nothing
 * else in the sentence made an event, since it then describes that event. Mine clearing and weapon seizures suppress
 * the explosive words they act on ("destroyed 300 mines" is mine clearing); property destruction folds into any other conflict event of the sentence; a labour
 * "strike" is a noun in a sentence without weapons; armed men who "march" move, they do not protest; "battling to
 * combat looting" is an effort, not a battle; an "earlier" or "previous" attack is background; "taking him
 * to hospital" takes a person, not territory or weapons; violence "the day after" which the news happens, and
 * violence referred back to ("killed in the clash"), come after the rest; "target" is
 * an attack only when aircraft are named ("MiG fighters
 * continued to target sites"), not in "sanctions targeting officials". Flight told after the violence of its sentence is its consequence,
 * not an event ("gunmen killed five and hundreds fled"); told first, it is the news. Strong triggers come before later
 * developments; violence told by a finite verb before the only developments of a sentence ("repel an attack ... 21 arrested",
 * "kill four militants and recover weapons"; not "raids and mass arrests") is its main event. Immutable.
 */
final class TriggerSelection {
    /** Developments that come after the violence, protest or territory change a sentence also tells, if any. */
    private static final Set<TriggerClass> WEAK = EnumSet.of(TriggerClass.CHANGE, TriggerClass.BASE,
            TriggerClass.WITHDRAW, TriggerClass.ARREST, TriggerClass.DISRUPT, TriggerClass.AGREEMENT);
    /** "riot police", "riot gear": equipment named after riots, not a riot. */
    private static final Set<String> RIOT_EQUIPMENT = Set.of("police", "policeman", "policemen", "gear", "squad",
            "officer", "unit", "shield", "control", "force", "troops");
    /** Finite verb tags: the violence is told as done ("kill"), not as a purpose ("tasked with fighting"). */
    private static final Set<String> FINITE = Set.of("VBD", "VBP", "VBZ");
    private final List<TriggerMatch> primary;
    private final List<TriggerMatch> fallback;

    private TriggerSelection(List<TriggerMatch> primary, List<TriggerMatch> fallback) {
        this.primary = List.copyOf(primary);
        this.fallback = List.copyOf(fallback);
    }

    static TriggerSelection of(List<TriggerMatch> found, List<Token> tokens) {
        List<TriggerMatch> triggers = new ArrayList<>(found);
        triggers.removeIf(t -> t.triggerClass() == TriggerClass.RIOT && t.end() < tokens.size()
                && RIOT_EQUIPMENT.contains(tokens.get(t.end()).lemma().toLowerCase(java.util.Locale.ROOT)));
        boolean armed = triggers.stream().anyMatch(t -> t.triggerClass().isRemote() || t.triggerClass().isDirectViolence()
                || t.triggerClass() == TriggerClass.TERRITORY || t.triggerClass() == TriggerClass.TERRITORY_FALL);
        triggers.removeIf(t -> t.phrase().equals("strike") && (armed || tokens.get(t.start()).pos().startsWith("V")));
        triggers.removeIf(t -> t.phrase().equals("target") && !SubEventCues.namesAircraftAttacker(tokens));
        triggers.removeIf(t -> t.phrase().equals("march") && armedBefore(tokens, t.start()));
        int laterThan = afterTimeSpan(tokens);
        if (laterThan >= 0) {
            int clauseEnd = laterThan;
            while (clauseEnd < tokens.size() && !tokens.get(clauseEnd).word().equals(",")) {
                clauseEnd++;
            }
            int from = laterThan;
            int to = clauseEnd;
            triggers.removeIf(t -> t.start() > from && t.start() < to && (t.triggerClass().isDirectViolence()
                    || t.triggerClass() == TriggerClass.RIOT || t.triggerClass() == TriggerClass.PROTEST));
        }
        triggers.removeIf(t -> t.phrase().equals("take") && t.end() < tokens.size()
                && tokens.get(t.end()).pos().equals("PRP"));
        triggers.removeIf(t -> t.start() > 0 && EARLIER.contains(tokens.get(t.start() - 1).word().toLowerCase(java.util.Locale.ROOT))
                && (t.triggerClass().isRemote() || t.triggerClass().isDirectViolence()));
        triggers.removeIf(t -> t.phrase().equals("battle") && t.end() + 1 < tokens.size()
                && tokens.get(t.end()).word().equalsIgnoreCase("to") && tokens.get(t.start()).pos().startsWith("VBG")
                && !tokens.get(t.end() + 1).pos().matches("DT|PRP\\$|CD|JJ.*"));
        for (int i = 0; i < triggers.size(); i++) {
            TriggerMatch t = triggers.get(i);
            if (t.triggerClass() == TriggerClass.LOOT && triggers.stream().anyMatch(x -> x.triggerClass() == TriggerClass.IED
                    && x.start() > t.start() && x.start() - t.start() <= 5)) {
                triggers.set(i, new TriggerMatch(t.start(), t.end(), TriggerClass.DISRUPT, t.phrase()));
            }
        }
        int firstViolence = triggers.stream().filter(t -> t.triggerClass().isRemote() || t.triggerClass().isDirectViolence()
                || t.triggerClass().isTerritory()).mapToInt(TriggerMatch::start).min().orElse(Integer.MAX_VALUE);
        triggers.removeIf(t -> t.triggerClass() == TriggerClass.DISPLACEMENT && t.start() > firstViolence);
        List<Integer> disrupts = triggers.stream().filter(t -> t.triggerClass() == TriggerClass.DISRUPT)
                .map(TriggerMatch::start).toList();
        triggers.removeIf(t -> t.triggerClass().isRemote() && disrupts.stream().anyMatch(d -> Math.abs(t.start() - d) <= 8));
        boolean conflict = triggers.stream().anyMatch(t -> t.triggerClass() != TriggerClass.LOOT
                && !WEAK.contains(t.triggerClass()) && !t.triggerClass().isDirectViolence());
        triggers.removeIf(t -> t.triggerClass() == TriggerClass.LOOT && conflict);
        List<TriggerMatch> destruction = triggers.stream().filter(t -> t.triggerClass() == TriggerClass.LOOT
                && triggers.stream().anyMatch(x -> x.triggerClass().isDirectViolence())).limit(1).toList();
        triggers.removeAll(destruction);
        List<TriggerMatch> arrestsAtProtests = new ArrayList<>();
        if (triggers.stream().anyMatch(t -> t.triggerClass() == TriggerClass.PROTEST)) {
            triggers.stream().filter(t -> t.triggerClass() == TriggerClass.ARREST).limit(1).forEach(arrestsAtProtests::add);
            triggers.removeIf(t -> t.triggerClass() == TriggerClass.ARREST || t.triggerClass().isDirectViolence());
        }
        boolean strong = triggers.stream().anyMatch(t -> !t.triggerClass().isDirectViolence()
                && t.triggerClass() != TriggerClass.TERRITORY_WEAK);
        List<TriggerMatch> primary = new ArrayList<>();
        Set<TriggerClass> seen = EnumSet.noneOf(TriggerClass.class);
        triggers.stream().filter(t -> t.triggerClass().isRemote())
                .min(Comparator.comparingInt((TriggerMatch t) -> t.triggerClass().ordinal()))
                .ifPresent(primary::add);
        for (TriggerMatch t : triggers) {
            TriggerClass c = t.triggerClass();
            if (c.isRemote() || c.isDirectViolence() || c == TriggerClass.TERRITORY_WEAK && strong) {
                continue;
            }
            if (c.isTerritory() || seen.add(c)) {
                primary.add(t);
            }
        }
        int firstWeak = primary.stream().mapToInt(TriggerMatch::start).min().orElse(-1);
        if (!primary.isEmpty() && primary.stream().allMatch(t -> WEAK.contains(t.triggerClass()))) {
            triggers.stream().filter(t -> t.triggerClass().isDirectViolence() && t.start() < firstWeak
                            && !t.phrase().equals("raid")
                            && FINITE.contains(tokens.get(t.start()).pos()))
                    .min(Comparator.comparingInt((TriggerMatch t) -> rank(t.triggerClass())))
                    .ifPresent(v -> primary.add(0, v));
        }
        List<TriggerMatch> fallback = new ArrayList<>(triggers.stream().filter(t -> t.triggerClass().isRemote()
                && !primary.contains(t)).sorted(Comparator.comparingInt((TriggerMatch t) -> t.triggerClass().ordinal()))
                .toList());
        fallback.addAll(triggers.stream().filter(t -> t.triggerClass().isDirectViolence() && !primary.contains(t))
                .sorted(Comparator.comparingInt((TriggerMatch t) -> rank(t, tokens))).toList());
        fallback.addAll(destruction);
        fallback.addAll(arrestsAtProtests);
        primary.sort(Comparator.comparingInt((TriggerMatch t) -> WEAK.contains(t.triggerClass()) ? 1 : 0)
                .thenComparingInt(TriggerMatch::start));
        return new TriggerSelection(primary, fallback);
    }

    /** Armed men who march ("soldiers armed with sticks and rifles marched to the area") move; they do not protest. */
    private static final Set<String> ARMED_MEN = Set.of("soldier", "troops", "troop", "fighter", "militant", "rebel",
            "militiaman", "militiamen", "gunman", "gunmen", "insurgent", "jihadist", "rifle", "gun");

    /** "wounded by an earlier bomb blast": violence told as earlier than the news is its background. */
    private static final Set<String> EARLIER = Set.of("earlier", "previous", "prior", "past");

    private static final Set<String> TIME_UNITS = Set.of("day", "days", "week", "weeks", "month", "months", "hours");

    /**
     * The token index of "after" in "the day after clashes", "two weeks after the riots" (background), or -1; not in
     * "the worst violence in weeks after protesters clashed", where the clause after it is the news.
     */
    private static int afterTimeSpan(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).word().equalsIgnoreCase("after")
                    && TIME_UNITS.contains(tokens.get(i - 1).word().toLowerCase(java.util.Locale.ROOT))
                    && (i == 1 || tokens.get(i - 2).pos().matches("DT|CD|JJ"))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean armedBefore(List<Token> tokens, int at) {
        for (int i = Math.max(0, at - 8); i < at; i++) {
            if (ARMED_MEN.contains(tokens.get(i).lemma().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static int rank(TriggerClass c) {
        return c == TriggerClass.CLASH ? 0 : c == TriggerClass.ATTACK ? 1 : 2;
    }

    /** As {@link #rank}, but a back-reference ("killed in the clash", "during the attack") comes last: told before. */
    private static int rank(TriggerMatch t, List<Token> tokens) {
        boolean backReference = t.start() >= 2 && tokens.get(t.start() - 1).word().equalsIgnoreCase("the")
                && Set.of("in", "during").contains(tokens.get(t.start() - 2).word().toLowerCase(java.util.Locale.ROOT));
        return rank(t.triggerClass()) + (backReference ? 3 : 0);
    }

    boolean isEmpty() {
        return primary.isEmpty() && fallback.isEmpty();
    }

    /** Every trigger that may become an event: the primary ones and the fallbacks. */
    List<TriggerMatch> all() {
        List<TriggerMatch> all = new ArrayList<>(primary);
        all.addAll(fallback);
        return all;
    }

    /**
     * The primary triggers, then while {@code nothingYet} says no event came of them: the other remote-violence ones
     * (the most specific made none: "blew up the home of men involved in the suicide bombing"), the direct-violence ones (clashes,
     * then attacks, then killings; the next only when the one before made no event, e.g. a charge), then
     * property destruction told beside violence that made no event ("xenophobic attacks ... shops were looted"), then
     * arrests beside a protest that made no event ("arrested activists in anticipation of protests").
     */
    Iterable<TriggerMatch> forEvents(BooleanSupplier nothingYet) {
        return () -> new java.util.Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < primary.size() || i < primary.size() + fallback.size() && nothingYet.getAsBoolean();
            }

            @Override
            public TriggerMatch next() {
                return i < primary.size() ? primary.get(i++) : fallback.get(i++ - primary.size());
            }
        };
    }
}
