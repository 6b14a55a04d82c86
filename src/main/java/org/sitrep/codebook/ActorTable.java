package org.sitrep.codebook;

import java.io.Reader;
import java.util.List;
import java.util.Optional;

/** Parses actors.tsv (name, inter, country, aliases) into entries, each with the row it came from. */
final class ActorTable {
    static final String RESOURCE = "codebook/actors.tsv";
    private static final List<String> HEADER = List.of("name", "inter", "country", "aliases");

    /** A parsed row: the entry and where it was written, for later conflict messages. */
    record Row(ActorEntry entry, TsvRow source) {
    }

    private ActorTable() {
    }

    /** Every row of the table; a malformed line or an unknown country code raises {@link CodebookFormatException}. */
    static List<Row> parse(Reader reader, String source, Countries countries) {
        return TsvReader.read(reader, source, HEADER).stream().map(row -> {
            String name = row.field(0).strip();
            String code = row.field(2).strip();
            if (!code.isEmpty() && countries.byIso2(code).isEmpty()) {
                throw row.fail("unknown country code '" + code + "'");
            }
            try {
                ActorEntry entry = new ActorEntry(name, row.integer(1, "inter"),
                        code.isEmpty() ? Optional.empty() : Optional.of(code), row.list(3),
                        name.contains(ActorEntry.COUNTRY));
                return new Row(entry, row);
            } catch (IllegalArgumentException e) {
                throw row.fail(e.getMessage());
            }
        }).toList();
    }
}
