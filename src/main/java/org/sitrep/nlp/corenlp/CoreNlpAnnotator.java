package org.sitrep.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.Dependency;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.nlp.Annotator;
import org.sitrep.nlp.NerFixup;

/**
 * Stanford CoreNLP behind the project's records: tokens, sentences, POS, lemmas, coarse NER corrected by a curated
 * fix-up mapping, and Universal Dependencies. Time expressions are left to the project's own past-anchored normaliser.
 * Thread-safe: one instance serves all threads; parallelism is over documents.
 */
public final class CoreNlpAnnotator implements Annotator {
    private final StanfordCoreNLP tagger;
    private final java.util.Optional<StanfordCoreNLP> parser;
    private final Predicate<List<Token>> parseWhen;
    private final FixupLabeler fixups;

    private CoreNlpAnnotator(StanfordCoreNLP tagger, java.util.Optional<StanfordCoreNLP> parser,
                             Predicate<List<Token>> parseWhen, FixupLabeler fixups) {
        this.tagger = tagger;
        this.parser = parser;
        this.parseWhen = parseWhen;
        this.fixups = fixups;
    }

    /** Loads the models (seconds, about 1 GB of heap) with the given NER fix-ups, with dependency parsing. */
    public static CoreNlpAnnotator load(Collection<NerFixup> fixups) {
        return load(fixups, true);
    }

    /** As {@link #load(Collection)}; without {@code dependencies} sentences come with no dependency edges. */
    public static CoreNlpAnnotator load(Collection<NerFixup> fixups, boolean dependencies) {
        return load(fixups, dependencies ? tokens -> true : tokens -> false);
    }

    /**
     * As {@link #load(Collection)}, parsing only the sentences whose tokens (tagged, lemmatised, NER-corrected)
     * satisfy {@code parseWhen}; the others come with no dependency edges. Parsing is the costliest step.
     */
    public static CoreNlpAnnotator load(Collection<NerFixup> fixups, Predicate<List<Token>> parseWhen) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("tokenize.language", "en");
        props.setProperty("tokenize.options", TokenizerOptions.OPTIONS);
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.additional.regexner.mapping", "");
        props.setProperty("ner.additional.tokensregex.rules", "");
        Properties parse = new Properties();
        parse.setProperty("annotators", "depparse");
        parse.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        parse.setProperty("enforceRequirements", "false");
        return new CoreNlpAnnotator(new StanfordCoreNLP(props), java.util.Optional.of(new StanfordCoreNLP(parse, false)),
                parseWhen, new FixupLabeler(fixups));
    }

    @Override
    public AnnotatedText annotate(Document document) {
        String text = document.text();
        Annotation annotation = new Annotation(text);
        tagger.annotate(annotation);
        OffsetMap offsets = new OffsetMap(text);
        List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<List<Token>> tokenLists = new ArrayList<>();
        List<CoreMap> toParse = new ArrayList<>();
        for (CoreMap s : coreSentences) {
            fixups.relabel(s.get(CoreAnnotations.TokensAnnotation.class), text);
            List<Token> tokens = tokens(s.get(CoreAnnotations.TokensAnnotation.class), offsets);
            tokenLists.add(tokens);
            if (parseWhen.test(tokens)) {
                toParse.add(s);
            }
        }
        if (!toParse.isEmpty() && parser.isPresent()) {
            Annotation selected = new Annotation(text);
            selected.set(CoreAnnotations.SentencesAnnotation.class, toParse);
            parser.get().annotate(selected);
        }
        List<Sentence> sentences = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        for (int i = 0; i < coreSentences.size(); i++) {
            CoreMap s = coreSentences.get(i);
            Span span = offsets.span(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
            sentences.add(new Sentence(i, span, tokenLists.get(i), dependencies(s)));
            entities.addAll(EntityGrouping.entities(tokenLists.get(i), i, text, offsets));
        }
        return new AnnotatedText(document, sentences, entities, List.of());
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

    private static List<Dependency> dependencies(CoreMap sentence) {
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph == null) {
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
