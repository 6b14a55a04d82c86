package org.sitrep.codebook;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.CodePoints;

/**
 * The actor dictionary: curated named actors and generic templates from actors.tsv plus generated state forces for
 * every country, and a matcher that finds their mentions in text. Immutable and thread-safe after loading.
 */
public final class ActorDictionary {
    private final List<ActorEntry> entries;
    private final Map<String, ActorEntry> byName = new HashMap<>();
    private final Set<String> curatedAliases;
    private final AliasTrie trie;

    private ActorDictionary(List<ActorEntry> entries, Set<String> curatedAliases, AliasTrie trie) {
        this.entries = List.copyOf(entries);
        this.entries.forEach(entry -> byName.putIfAbsent(entry.name(), entry));
        this.curatedAliases = Collections.unmodifiableSet(curatedAliases);
        this.trie = trie;
    }

    /** The dictionary shipped in {@value ActorTable#RESOURCE}, with state forces for every one of {@code countries}. */
    public static ActorDictionary load(Countries countries) {
        return TsvReader.fromClasspath(ActorTable.RESOURCE, reader -> parse(reader, ActorTable.RESOURCE, countries));
    }

    /**
     * Builds a dictionary from an actor table. A row named like a generated state force ("Military Forces of
     * Myanmar") adds its aliases to that force; a repeated name or an alias claimed by two rows is an error.
     */
    static ActorDictionary parse(Reader reader, String source, Countries countries) {
        Map<String, ActorEntry> byName = new LinkedHashMap<>();
        Map<String, List<String>> curated = new LinkedHashMap<>();
        for (Country country : countries.all()) {
            for (ActorEntry force : List.of(StateForces.military(country), StateForces.police(country))) {
                byName.put(force.name(), force);
            }
        }
        Map<String, TsvRow> aliasOwners = new HashMap<>();
        Map<String, TsvRow> nameOwners = new HashMap<>();
        for (ActorTable.Row row : ActorTable.parse(reader, source, countries)) {
            ActorEntry entry = row.entry();
            TsvRow previous = nameOwners.putIfAbsent(entry.name(), row.source());
            if (previous != null) {
                throw row.source().fail("actor '" + entry.name() + "' already defined on line " + previous.line());
            }
            for (String alias : withName(entry)) {
                TsvRow owner = aliasOwners.putIfAbsent(NameKey.of(alias), row.source());
                if (owner != null && owner != row.source()) {
                    throw row.source().fail("alias '" + alias + "' already used on line " + owner.line());
                }
            }
            ActorEntry generated = byName.get(entry.name());
            if (generated != null) {
                List<String> aliases = new ArrayList<>(entry.aliases());
                aliases.addAll(generated.aliases());
                byName.put(entry.name(), new ActorEntry(entry.name(), entry.inter(), generated.countryCode(),
                        List.copyOf(new LinkedHashSet<>(aliases)), false));
            } else {
                byName.put(entry.name(), entry);
            }
            curated.put(entry.name(), entry.generic() ? entry.aliases() : withName(entry));
        }
        return build(byName.values(), curated);
    }

    private static ActorDictionary build(Iterable<ActorEntry> all, Map<String, List<String>> curated) {
        AliasTrie trie = new AliasTrie();
        List<ActorEntry> entries = new ArrayList<>();
        Set<String> curatedAliases = new LinkedHashSet<>();
        for (ActorEntry entry : all) {
            entries.add(entry);
            List<String> fromTable = curated.getOrDefault(entry.name(), List.of());
            AliasTrie.Source own = entry.generic() ? AliasTrie.Source.GENERIC : AliasTrie.Source.CURATED;
            fromTable.forEach(alias -> trie.add(alias, entry, own));
            if (!entry.generic()) {
                curatedAliases.addAll(fromTable);
            }
            for (String alias : withName(entry)) {
                if (!fromTable.contains(alias)) {
                    trie.add(alias, entry, entry.generic() ? AliasTrie.Source.GENERIC : AliasTrie.Source.GENERATED);
                }
            }
        }
        return new ActorDictionary(entries, curatedAliases, trie);
    }

    private static List<String> withName(ActorEntry entry) {
        List<String> all = new ArrayList<>();
        if (!entry.generic()) {
            all.add(entry.name());
        }
        all.addAll(entry.aliases());
        return all;
    }

    /** Every entry: generated state forces (military, police per country) first, then the table's rows. */
    public List<ActorEntry> entries() {
        return entries;
    }

    /** Canonical names and aliases of the curated named actors (not generated phrasings, not generic nouns). */
    public Set<String> aliases() {
        return curatedAliases;
    }

    /** The entry with this canonical name (a generic entry by its template). */
    public Optional<ActorEntry> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * Every actor mention in {@code text}, in order: leftmost-longest, non-overlapping, on word boundaries. A generic
     * armed-group noun right after a named actor ("Houthi rebels", "Islamic State militants") is absorbed into it.
     */
    public List<ActorMention> find(String text) {
        List<WordTokenizer.Word> words = WordTokenizer.words(text);
        List<ActorMention> mentions = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Optional<AliasTrie.Match> found = trie.longestAt(words, i);
            if (found.isEmpty()) {
                i++;
                continue;
            }
            AliasTrie.Match match = found.get();
            String rule = match.candidate().rule();
            int end = match.endWord();
            int organisationEnd = organisationNameEnd(words, i, match);
            if (organisationEnd > 0) {
                i = organisationEnd;
                continue;
            }
            if (!match.candidate().entry().generic() && end < words.size()) {
                Optional<AliasTrie.Match> next = trie.longestAt(words, end);
                if (next.isPresent() && absorbs(text, words, end, next.get())) {
                    end = next.get().endWord();
                    rule = rule + "+noun";
                }
            }
            int charStart = words.get(i).start();
            int charEnd = words.get(end - 1).end();
            mentions.add(new ActorMention(CodePoints.span(text, charStart, charEnd), text.substring(charStart, charEnd),
                    match.candidate().entry(), rule));
            i = end;
        }
        return List.copyOf(mentions);
    }

    /** Head nouns of civil organisations ("Police Wives Association", "Police and Prisons Civil Rights Union"). */
    private static final Set<String> ORGANISATION_HEADS = Set.of("association", "associations", "union", "unions",
            "federation", "society", "foundation", "club", "cooperative", "wives", "widows", "syndicate", "sacco");
    private static final Set<String> NAME_LINKS = Set.of("and", "of", "&", "for", "the");

    /**
     * A generic state force named inside a capitalised civil organisation name is not the force: returns the word
     * index after the organisation's head noun when the capitalised run from the match (linked by "and", "of"...,
     * at most six words on) ends in one, else 0.
     */
    private static int organisationNameEnd(List<WordTokenizer.Word> words, int start, AliasTrie.Match match) {
        ActorEntry entry = match.candidate().entry();
        if (!entry.generic() || entry.inter() != 1 || !Character.isUpperCase(words.get(start).exact().codePointAt(0))) {
            return 0;
        }
        for (int k = start; k < Math.min(words.size(), match.endWord() + 6); k++) {
            String w = words.get(k).exact();
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            if (k >= match.endWord() && !Character.isUpperCase(w.codePointAt(0)) && !NAME_LINKS.contains(lower)) {
                return 0;
            }
            if (ORGANISATION_HEADS.contains(lower)) {
                return k + 1;
            }
        }
        return 0;
    }

    private static boolean absorbs(String text, List<WordTokenizer.Word> words, int at, AliasTrie.Match next) {
        ActorEntry noun = next.candidate().entry();
        return noun.generic() && (noun.inter() == 2 || noun.inter() == 3)
                && text.substring(words.get(at - 1).end(), words.get(at).start()).isBlank();
    }
}
