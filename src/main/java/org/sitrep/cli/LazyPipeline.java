package org.sitrep.cli;

import java.util.function.Function;
import org.sitrep.App;
import org.sitrep.model.Extraction;
import org.sitrep.model.RawArticle;
import org.sitrep.pipeline.Pipeline;

/** The pipeline, loaded (CoreNLP, gazetteer) only when a first report needs coding; thread-safe. */
final class LazyPipeline implements Function<RawArticle, Extraction> {
    private final RunOptions run;
    private Pipeline pipeline;

    LazyPipeline(RunOptions run) {
        this.run = run;
    }

    @Override
    public Extraction apply(RawArticle article) {
        return get().process(article);
    }

    private synchronized Pipeline get() {
        if (pipeline == null) {
            pipeline = App.pipeline(run.dataDir(), run.progress());
        }
        return pipeline;
    }
}
