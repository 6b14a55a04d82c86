package org.sitrep.codebook;

import java.util.Arrays;
import java.util.List;

/** One data line of a tab-separated codebook file, with the place it came from for error messages. */
record TsvRow(String source, int line, List<String> fields) {
    TsvRow {
        fields = List.copyOf(fields);
    }

    String field(int index) {
        return fields.get(index);
    }

    /** The '|'-separated values of a field, trimmed, without empty ones. */
    List<String> list(int index) {
        return Arrays.stream(fields.get(index).split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    int integer(int index, String what) {
        try {
            return Integer.parseInt(fields.get(index).strip());
        } catch (NumberFormatException e) {
            throw fail(what + " is not an integer: '" + fields.get(index) + "'");
        }
    }

    CodebookFormatException fail(String reason) {
        return new CodebookFormatException(source, line, reason);
    }
}
