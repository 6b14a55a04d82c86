package org.sitrep.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.sitrep.App;
import org.sitrep.geo.MiniGazetteer;
import org.sitrep.model.Extraction;
import org.sitrep.model.RawArticle;

/**
 * Test support: one real pipeline per test JVM (CoreNLP models and the mini gazetteer loaded once), shared through
 * JUnit's root extension store and closed when the run ends. Inject {@link Loaded} into a test method or constructor.
 */
public final class PipelineFixture implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PipelineFixture.class);

    /** The loaded pipeline and the data folder holding the mini gazetteer index. */
    public record Loaded(Path dataDir, Pipeline pipeline) implements ExtensionContext.Store.CloseableResource {
        /** Codes a plain-text report published on {@code published}, taken as given. */
        public Extraction extract(String text, LocalDate published) {
            return pipeline.process(new RawArticle(Optional.empty(), "test", RawArticle.Format.GIVEN, text,
                    Optional.empty(), Optional.of(published), Optional.of("https://news.example.org/report")));
        }

        @Override
        public void close() throws IOException {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Loaded.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("pipeline", key -> load(), Loaded.class);
    }

    private static Loaded load() {
        try {
            Path dir = Files.createTempDirectory("sitrep-it");
            MiniGazetteer.build(dir).close();
            return new Loaded(dir, App.pipeline(dir, message -> { }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
