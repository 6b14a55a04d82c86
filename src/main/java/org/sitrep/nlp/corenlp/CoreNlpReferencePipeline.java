package org.sitrep.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * CoreNLP's own full English pipeline as users run it (fine-grained NER with SUTime, dependency parse), for
 * benchmarks that compare Sitrep with it on the same documents. Thread-safe.
 */
public final class CoreNlpReferencePipeline {
    private final StanfordCoreNLP pipeline;

    private CoreNlpReferencePipeline(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    public static CoreNlpReferencePipeline load() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        props.setProperty("tokenize.language", "en");
        return new CoreNlpReferencePipeline(new StanfordCoreNLP(props));
    }

    /** Annotates {@code text}; returns the number of tokens. */
    public int annotate(String text) {
        Annotation a = new Annotation(text);
        pipeline.annotate(a);
        return a.get(CoreAnnotations.TokensAnnotation.class).size();
    }
}
