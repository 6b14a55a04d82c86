package org.sitrep.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.sitrep.model.StageFailure;

/**
 * Expands ingest arguments into a lazy stream of {@link SourceItem}s, in argument order: folders are walked in name
 * order for supported files; .jsonl is JSON lines, .warc/.warc.gz web archives, .rss/.atom/.xml (or an http(s) URL)
 * a feed, anything else one report (.txt, .html, .md, sniffed otherwise). A missing path is one failed item. Stateless.
 */
public final class IngestInputs {
    private final FileSource files = new FileSource();
    private final FeedSource feeds = new FeedSource();
    private final WarcSource warcs = new WarcSource();

    /** The items of every argument; close the stream to close open archives. */
    public Stream<SourceItem> items(List<String> arguments) {
        return arguments.stream().flatMap(this::items);
    }

    /** The number of items when every argument is plain report files (for an ETA), else empty. */
    public OptionalLong knownCount(List<String> arguments) {
        long n = 0;
        for (String a : arguments) {
            if (a.startsWith("http://") || a.startsWith("https://")) {
                return OptionalLong.empty();
            }
            List<Path> paths = expand(Path.of(a));
            for (Path p : paths) {
                if (kind(p) != Kind.REPORT) {
                    return OptionalLong.empty();
                }
            }
            n += paths.size();
        }
        return OptionalLong.of(n);
    }

    private Stream<SourceItem> items(String argument) {
        if (argument.startsWith("http://") || argument.startsWith("https://")) {
            return Stream.of(argument).flatMap(a -> feeds.fetch(URI.create(a)).stream());
        }
        Path path = Path.of(argument);
        if (!Files.exists(path)) {
            return Stream.of(new SourceItem.Failed(argument, "no such file or folder"));
        }
        return expand(path).stream().flatMap(this::file);
    }

    private Stream<SourceItem> file(Path p) {
        return switch (kind(p)) {
            case JSONL -> new JsonLinesSource().lines(p).map(line -> switch (line) {
                case JsonLine.Article a -> (SourceItem) new SourceItem.Article(a.article(),
                        a.article().url().flatMap(SourceItem::host));
                case JsonLine.Failed f -> new SourceItem.Failed(p + ":" + f.line(), f.failure().reason());
            });
            case WARC -> warcs.read(p);
            case FEED -> Stream.of(p).flatMap(f -> feeds.read(f).stream());
            case REPORT -> Stream.of(p).map(this::report);
        };
    }

    private SourceItem report(Path p) {
        try {
            return new SourceItem.Article(files.read(p), Optional.empty());
        } catch (StageFailure f) {
            return new SourceItem.Failed(p.toString(), f.reason());
        }
    }

    private enum Kind { JSONL, WARC, FEED, REPORT }

    private static Kind kind(Path p) {
        String name = p.getFileName() == null ? p.toString() : p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Kind.JSONL;
        }
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            return Kind.WARC;
        }
        if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml")) {
            return Kind.FEED;
        }
        return Kind.REPORT;
    }

    private static boolean supported(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return List.of(".txt", ".html", ".htm", ".md", ".markdown", ".jsonl", ".ndjson", ".warc", ".warc.gz", ".rss",
                ".atom", ".xml").stream().anyMatch(name::endsWith);
    }

    private static List<Path> expand(Path path) {
        if (!Files.isDirectory(path)) {
            return Files.exists(path) ? List.of(path) : List.of();
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).filter(IngestInputs::supported).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + path, e);
        }
    }
}
