package org.sitrep.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.codebook.Countries;
import org.sitrep.store.BoundingBox;
import org.sitrep.store.Change;
import org.sitrep.store.EventQuery;
import org.sitrep.store.export.AcledCsvWriter;
import org.sitrep.store.export.CameoTsvWriter;
import org.sitrep.store.export.EventWriter;
import org.sitrep.store.export.GeoJsonWriter;
import org.sitrep.store.export.PloverJsonlWriter;
import org.sitrep.store.jdbc.JdbcEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep export}: the fused events of the store in ACLED CSV, GeoJSON, PLOVER JSON lines or CAMEO TSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the store's fused events (one per real-world event, its sources listed) to standard output",
                "or a file, filtered by country, dates, event type and bounding box. With --changes-since, write the change",
                "feed instead: one JSON line per fused event added, changed, merged or deleted after that time."})
public final class ExportCommand implements Callable<Integer> {
    enum Format { ACLED_CSV, GEOJSON, PLOVER_JSONL, CAMEO_TSV }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "acled-csv",
            description = "acled-csv (default), geojson, plover-jsonl or cameo-tsv.")
    String format;

    @Option(names = "--country", description = "ACLED country name (any case).")
    String country;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First event date.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last event date.")
    LocalDate to;

    @Option(names = "--event-type", paramLabel = "TYPE", description = "ACLED event type, e.g. Battles.")
    String eventType;

    @Option(names = "--bbox", paramLabel = "W,S,E,N", description = "Longitude/latitude box in degrees.")
    String bbox;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Option(names = "--changes-since", paramLabel = "TIME",
            description = "ISO instant (2026-01-31T12:00:00Z) or date: write the change feed after it instead.")
    String changesSince;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Mixin
    RunOptions run = new RunOptions();

    @Override
    public Integer call() {
        Format f = format();
        EventQuery query;
        try {
            query = new EventQuery(Optional.ofNullable(country), Optional.ofNullable(from), Optional.ofNullable(to),
                    Optional.ofNullable(eventType), Optional.ofNullable(bbox).map(BoundingBox::parse));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        Optional<Instant> since = Optional.ofNullable(changesSince).map(ExportCommand::instant);
        try (JdbcEventStore events = store.open(run.dataDir()); Writer out = writer()) {
            if (since.isPresent()) {
                for (Change c : events.changesSince(since.get(), Integer.MAX_VALUE)) {
                    out.write(String.format("{\"seq\":%d,\"at\":\"%s\",\"kind\":\"%s\",\"id\":\"%s\",\"into\":%s}%n",
                            c.seq(), c.at(), c.kind().name().toLowerCase(java.util.Locale.ROOT), c.fusedId(),
                            c.into().map(i -> "\"" + i + "\"").orElse("null")));
                }
                return 0;
            }
            EventWriter w = switch (f) {
                case ACLED_CSV -> new AcledCsvWriter(out, Countries.load());
                case GEOJSON -> new GeoJsonWriter(out);
                case PLOVER_JSONL -> new PloverJsonlWriter(out);
                case CAMEO_TSV -> new CameoTsvWriter(out);
            };
            w.begin();
            events.forEachFusedEvent(query, w::write);
            w.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }

    private Format format() {
        try {
            return Format.valueOf(format.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new UserError("unknown export format '" + format + "': use acled-csv, geojson, plover-jsonl or cameo-tsv");
        }
    }

    private static Instant instant(String text) {
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                    : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserError("--changes-since must be an ISO instant (2026-01-31T12:00:00Z) or a date: '" + text + "'");
        }
    }

    private Writer writer() throws IOException {
        if (output == null) {
            return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    }
}
