package org.sitrep.nlp.corenlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser (English UD model) giving basic dependencies only. CoreNLP's own depparse
 * annotator builds four more graphs per sentence (collapsed, CC-processed, enhanced, enhanced++: semgrex rewriting
 * that costs about as much as a quarter of the parse) that Sitrep never reads; the basic graph is built exactly as
 * that annotator builds it. Thread-safe, as the underlying parser is.
 */
final class BasicDependencyParser {
    static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
    private final DependencyParser parser;

    private BasicDependencyParser(DependencyParser parser) {
        this.parser = parser;
    }

    static BasicDependencyParser load() {
        Properties props = new Properties();
        props.setProperty("model", MODEL);
        return new BasicDependencyParser(DependencyParser.loadFromModelFile(MODEL, props));
    }

    /** The basic UD graph of a tokenised, POS-tagged sentence. */
    SemanticGraph parse(CoreMap sentence) {
        GrammaticalStructure structure = parser.predict(sentence);
        return SemanticGraphFactory.makeFromTree(structure, SemanticGraphFactory.Mode.BASIC,
                GrammaticalStructure.Extras.NONE, null);
    }
}
