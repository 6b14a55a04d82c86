package org.sitrep.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.Dependency;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.nlp.Annotator;
import org.sitrep.nlp.NameShape;
import org.sitrep.nlp.NerFixup;
import org.sitrep.nlp.StepProfile;

/**
 * Stanford CoreNLP behind the project's records: tokens, sentences, POS, lemmas, coarse NER (on the sentences that can
 * hold a name, {@link NameShape}) corrected by a curated fix-up mapping, and basic Universal Dependencies. Time expressions are left to the project's own past-anchored normaliser.
 * Thread-safe: one instance serves all threads; parallelism is over documents.
 */
public final class CoreNlpAnnotator implements Annotator {
    /** Marks a sentence left unparsed. */
    private static final SemanticGraph NOT_PARSED = new SemanticGraph();
    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP tagger;
    private final StanfordCoreNLP ner;
    private final BasicDependencyParser parser;
    private final Predicate<List<String>> tagWhen;
    private final BiPredicate<String, List<Token>> parseWhen;
    private final FixupLabeler fixups;
    private final StepProfile profile = new StepProfile();

    private CoreNlpAnnotator(StanfordCoreNLP splitter, StanfordCoreNLP tagger, StanfordCoreNLP ner,
                             BasicDependencyParser parser, Predicate<List<String>> tagWhen,
                             BiPredicate<String, List<Token>> parseWhen, FixupLabeler fixups) {
        this.splitter = splitter;
        this.tagger = tagger;
        this.ner = ner;
        this.parser = parser;
        this.tagWhen = tagWhen;
        this.parseWhen = parseWhen;
        this.fixups = fixups;
    }

    /** Loads the models (seconds, about 1 GB of heap) with the given NER fix-ups, with dependency parsing. */
    public static CoreNlpAnnotator load(Collection<NerFixup> fixups) {
        return load(fixups, true);
    }

    /** As {@link #load(Collection)}; without {@code dependencies} sentences come with no dependency edges. */
    public static CoreNlpAnnotator load(Collection<NerFixup> fixups, boolean dependencies) {
        return load(fixups, words -> true, (sentence, tokens) -> dependencies);
    }

    /**
     * As {@link #load(Collection)}, POS-tagging and lemmatising only the sentences whose raw words satisfy
     * {@code tagWhen} (the others keep an empty POS tag and their word as lemma; NER, which does not use POS tags,
     * and the fix-ups run on every sentence), and parsing only the sentences whose text and tokens (tagged,
     * lemmatised, NER-corrected) satisfy {@code parseWhen}; the others come with no dependency edges. Parsing is the
     * costliest step.
     */
    public static CoreNlpAnnotator load(Collection<NerFixup> fixups, Predicate<List<String>> tagWhen,
                                        BiPredicate<String, List<Token>> parseWhen) {
        Properties props = new Properties();
        Properties split = new Properties();
        split.setProperty("annotators", "tokenize,ssplit");
        split.setProperty("tokenize.language", "en");
        split.setProperty("tokenize.options", TokenizerOptions.OPTIONS);
        split.setProperty("ssplit.newlineIsSentenceBreak", "two");
        Properties tag = new Properties();
        tag.setProperty("annotators", "pos,lemma");
        tag.setProperty("enforceRequirements", "false");
        props.setProperty("annotators", "ner");
        props.setProperty("enforceRequirements", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.additional.regexner.mapping", "");
        props.setProperty("ner.additional.tokensregex.rules", "");
        return new CoreNlpAnnotator(new StanfordCoreNLP(split), new StanfordCoreNLP(tag, false),
                new StanfordCoreNLP(props, false), BasicDependencyParser.load(), tagWhen, parseWhen,
                new FixupLabeler(fixups));
    }

    /** CPU time per step (summed over threads) and sentence counts since the last reset; for benchmarks. */
    public StepProfile profile() {
        return profile;
    }

    @Override
    public AnnotatedText annotate(Document document) {
        long t = StepProfile.threadCpuNanos();
        String text = document.text();
        Annotation annotation = new Annotation(text);
        splitter.annotate(annotation);
        List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        t = profile.lap("tokenize+ssplit", t);
        List<CoreMap> toTag = new ArrayList<>();
        for (CoreMap s : coreSentences) {
            if (tagWhen.test(s.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::word).toList())) {
                toTag.add(s);
            }
        }
        t = profile.lap("trigger-word prefilter", t);
        annotateOnly(tagger, text, toTag);
        t = profile.lap("pos+lemma", t);
        List<CoreMap> toLabel = new ArrayList<>();
        for (CoreMap s : coreSentences) {
            if (NameShape.mayHoldName(s.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::word)
                    .toList())) {
                toLabel.add(s);
            }
        }
        annotateOnly(ner, text, toLabel);
        t = profile.lap("ner (3-class CRF)", t);
        OffsetMap offsets = new OffsetMap(text);
        List<List<Token>> tokenLists = new ArrayList<>();
        for (CoreMap s : coreSentences) {
            fixups.relabel(s.get(CoreAnnotations.TokensAnnotation.class), text);
            tokenLists.add(tokens(s.get(CoreAnnotations.TokensAnnotation.class), offsets));
        }
        t = profile.lap("ner fix-ups+tokens", t);
        List<SemanticGraph> graphs = new ArrayList<>();
        for (int i = 0; i < coreSentences.size(); i++) {
            CoreMap s = coreSentences.get(i);
            String sentence = text.substring(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
            graphs.add(parseWhen.test(sentence, tokenLists.get(i)) ? null : NOT_PARSED);
        }
        t = profile.lap("trigger match (parse filter)", t);
        int parsed = 0;
        for (int i = 0; i < graphs.size(); i++) {
            if (graphs.get(i) == null) {
                graphs.set(i, parser.parse(coreSentences.get(i)));
                parsed++;
            }
        }
        t = profile.lap("depparse (basic UD)", t);
        List<Sentence> sentences = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        int tokenCount = 0;
        for (int i = 0; i < coreSentences.size(); i++) {
            CoreMap s = coreSentences.get(i);
            Span span = offsets.span(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
            sentences.add(new Sentence(i, span, tokenLists.get(i), dependencies(graphs.get(i))));
            entities.addAll(EntityGrouping.entities(tokenLists.get(i), i, text, offsets));
            tokenCount += tokenLists.get(i).size();
        }
        profile.lap("records", t);
        profile.count("documents", 1);
        profile.count("sentences", coreSentences.size());
        profile.count("tokens", tokenCount);
        profile.count("sentences NER-labelled", toLabel.size());
        profile.count("sentences tagged", toTag.size());
        profile.count("sentences parsed", parsed);
        return new AnnotatedText(document, sentences, entities, List.of());
    }

    /** Runs {@code annotator} on some sentences of a document only; their annotations land on the shared maps. */
    private static void annotateOnly(StanfordCoreNLP annotator, String text, List<CoreMap> sentences) {
        if (!sentences.isEmpty()) {
            Annotation selected = new Annotation(text);
            selected.set(CoreAnnotations.SentencesAnnotation.class, sentences);
            List<CoreLabel> tokens = new ArrayList<>();
            sentences.forEach(s -> tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class)));
            selected.set(CoreAnnotations.TokensAnnotation.class, tokens);
            annotator.annotate(selected);
        }
    }

    private static List<Token> tokens(List<CoreLabel> labels, OffsetMap offsets) {
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            String ner = l.ner() == null ? "O" : l.ner();
            tokens.add(new Token(tokens.size(), l.originalText(), l.lemma() == null ? l.word() : l.lemma(),
                    l.tag() == null ? "" : l.tag(), ner, offsets.span(l.beginPosition(), l.endPosition())));
        }
        return tokens;
    }

    private static List<Dependency> dependencies(SemanticGraph graph) {
        if (graph == NOT_PARSED) {
            return List.of();
        }
        List<Dependency> deps = new ArrayList<>();
        graph.getRoots().forEach(root -> deps.add(new Dependency("root", -1, root.index() - 1)));
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            deps.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1, e.getDependent().index() - 1));
        }
        return deps;
    }
}
