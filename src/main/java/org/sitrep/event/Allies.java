package org.sitrep.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.codebook.ActorEntry;
import org.sitrep.codebook.ActorMention;
import org.sitrep.model.Token;

/**
 * The sides of one sentence: armed actors the words join as partners ("troops and the Civilian JTF on patrol",
 * "military forces in conjunction with vigilantes", "government forces backed by Ethiopian troops") fight on one side,
 * so neither is the other's opponent, and a state force's partner militia is not the main actor of what they do
 * together (ACLED codes the state force, the militia as associated actor). Joining by a bare "and" counts only between
 * state forces and a militia ({@link #partners}; never an unidentified armed group or rebels), not in "between X and
 * Y", not before a
 * reciprocal verb ("troops and militiamen clashed") and not when the second is counted ("two soldiers and five
 * militiamen were killed"). Two mentions with no word between them name one group two ways ("Civilian-JTF vigilante
 * group"). Immutable.
 */
final class Allies {
    private static final int CIVILIANS = 7;
    /** Words that join partners; only "and" needs the extra conditions above. */
    private static final Pattern PARTNERS = Pattern.compile("(?:^|.*\\s)(and|alongside|along with|together with|"
            + "in conjunction with|in collaboration with|jointly with|backed by|supported by|assisted by|aided by|"
            + "accompanied by|with the (?:support|help|backing|assistance) of|(?:that|which|who) (?:are|is|were|was) "
            + "part of|part of)(?:\\s.*|$)");
    /** Words between two mentions that make them opponents or separate clauses, whatever joins them. */
    private static final Pattern SEPARATES = Pattern.compile("\\b(between|against|versus|clash\\w*|fight\\w*|fought|"
            + "attack\\w*|kill\\w*|battl\\w*|ambush\\w*|raid\\w*|engag\\w*|repel\\w*|repuls\\w*|encounter\\w*|targe\\w*|"
            + "while|but|after|before|when)\\b|[;:.]");
    private static final Pattern RECIPROCAL_AFTER = Pattern.compile("^(clash|fought|fight|battl|exchang|engag|skirmish)");
    private static final int MAX_GAP = 12;
    private final Map<ActorEntry, Integer> side;

    private Allies(Map<ActorEntry, Integer> side) {
        this.side = side;
    }

    /** No partners known: only {@link GroupActors#sameSide} applies. */
    static Allies none() {
        return new Allies(Map.of());
    }

    /** The partners joined by the words of the sentence of {@code g}; {@code mentions} are that sentence's actors. */
    static Allies in(SentenceGraph g, List<ActorMention> mentions) {
        List<ActorMention> armed = mentions.stream().filter(m -> m.actor().inter() != CIVILIANS
                && m.actor().inter() != 5 && m.actor().inter() != 6).toList();
        Map<ActorEntry, Integer> side = new HashMap<>();
        List<Token> tokens = g.sentence().tokens();
        for (int i = 0; i + 1 < armed.size(); i++) {
            ActorMention a = armed.get(i);
            ActorMention b = armed.get(i + 1);
            if (!a.actor().equals(b.actor()) && joined(tokens, a, b)) {
                int id = side.getOrDefault(a.actor(), side.getOrDefault(b.actor(), i));
                Integer old = side.get(b.actor());
                side.put(a.actor(), id);
                side.put(b.actor(), id);
                if (old != null && old != id) {
                    side.replaceAll((k, v) -> v.equals(old) ? id : v);
                }
            }
        }
        return new Allies(Map.copyOf(side));
    }

    /** Whether {@code a} and {@code b} fight on one side: partners here, or one state force named two ways. */
    boolean sameSide(ActorEntry a, ActorEntry b) {
        if (GroupActors.sameSide(a, b)) {
            return true;
        }
        Integer sa = side.get(a);
        return sa != null && !a.equals(b) && sa.equals(side.get(b));
    }

    /**
     * The arguments with the sides put right: a militia partnering state forces yields the agent role to them, and an
     * agent and patient of one side are not each other's attacker and target: the patient's attacker is the first
     * armed actor of the sentence on another side (none: unknown), or, when state forces are the agent, their target is.
     */
    Arguments apply(Arguments args, List<ActorMention> mentions) {
        if (side.isEmpty() || args.agent().isEmpty()) {
            return args;
        }
        ActorMention agent = args.agent().get();
        Optional<ActorMention> partnerForce = isState(agent.actor()) ? Optional.empty() : mentions.stream()
                .filter(m -> isState(m.actor()) && sameSide(m.actor(), agent.actor())).findFirst();
        if (partnerForce.isPresent()) {
            Optional<ActorMention> patient = args.patient().filter(p -> !sameSide(p.actor(), partnerForce.get().actor()));
            return new Arguments(partnerForce, patient, args.objectToken(), args.rule() + "+partner-force-leads");
        }
        if (args.patient().isEmpty() || !sameSide(agent.actor(), args.patient().get().actor())) {
            return args;
        }
        ActorMention patient = args.patient().get();
        if (isState(patient.actor()) && !isState(agent.actor())) {
            Optional<ActorMention> attacker = otherSide(patient, mentions);
            return new Arguments(attacker, args.patient(), args.objectToken(), args.rule() + "+attacker-of-other-side");
        }
        return new Arguments(args.agent(), otherSide(agent, mentions), args.objectToken(),
                args.rule() + "+target-of-other-side");
    }

    private Optional<ActorMention> otherSide(ActorMention of, List<ActorMention> mentions) {
        return mentions.stream().filter(m -> m.actor().armed())
                .filter(m -> !m.actor().equals(of.actor()) && !sameSide(m.actor(), of.actor())).findFirst();
    }

    private static boolean isState(ActorEntry a) {
        return a.inter() == 1 || a.inter() == 8 && !a.generic();
    }

    private static boolean joined(List<Token> tokens, ActorMention a, ActorMention b) {
        List<Token> gap = new ArrayList<>();
        int before = -1;
        int after = -1;
        for (Token t : tokens) {
            if (t.span().end() <= a.span().start()) {
                before = t.index();
            } else if (t.span().start() >= a.span().end() && t.span().end() <= b.span().start()) {
                gap.add(t);
            } else if (t.span().start() >= b.span().end() && after < 0) {
                after = t.index();
            }
        }
        if (gap.isEmpty()) {
            return true;
        }
        if (gap.size() > MAX_GAP) {
            return false;
        }
        String between = String.join(" ", gap.stream().map(t -> t.word().toLowerCase(Locale.ROOT)).toList());
        var m = PARTNERS.matcher(between);
        if (!m.matches() || SEPARATES.matcher(between).find()) {
            return false;
        }
        if (!m.group(1).equals("and")) {
            return true;
        }
        boolean militiaWithForces = isState(a.actor()) && partners(a.actor(), b.actor())
                || isState(b.actor()) && partners(b.actor(), a.actor());
        boolean counted = gap.get(gap.size() - 1).pos().equals("CD");
        boolean inBetween = false;
        for (int i = Math.max(0, before - 5); i <= before && i >= 0; i++) {
            inBetween |= tokens.get(i).word().equalsIgnoreCase("between");
        }
        boolean reciprocal = after >= 0 && RECIPROCAL_AFTER.matcher(tokens.get(after).word().toLowerCase(Locale.ROOT)).find();
        return militiaWithForces && !counted && !inBetween && !reciprocal;
    }

    /**
     * Whether "{@code force} and {@code militia}" may be partners: a generic communal militia (vigilantes, a local
     * militia) beside any state force, a named political or identity militia only beside a named force of its own
     * country ("Israeli troops and Hezbollah" are not partners; "Nigerian troops and the Civilian JTF" are).
     */
    private static boolean partners(ActorEntry force, ActorEntry militia) {
        if (militia.generic()) {
            return militia.inter() == 4;
        }
        return (militia.inter() == 3 || militia.inter() == 4) && !force.generic() && force.countryCode().isPresent()
                && force.countryCode().equals(militia.countryCode());
    }
}
