package org.sitrep.source;

import java.util.Locale;

/** Formats byte counts for one-line messages (1 MB = 1024 * 1024 bytes). Stateless. */
final class ByteSize {
    private static final long MB = 1024L * 1024L;
    private static final long KB = 1024L;

    private ByteSize() {
    }

    /** A measured size: "50.0 MB", "12.5 KB", "900 bytes". */
    static String measured(long bytes) {
        if (bytes >= MB) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
        }
        if (bytes >= KB) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / (double) KB);
        }
        return bytes + " bytes";
    }

    /** A limit, whole units without decimals: "10 MB", "2.5 MB", "64 KB", "100 bytes". */
    static String limit(long bytes) {
        if (bytes >= MB) {
            return bytes % MB == 0 ? bytes / MB + " MB" : measured(bytes);
        }
        if (bytes >= KB) {
            return bytes % KB == 0 ? bytes / KB + " KB" : measured(bytes);
        }
        return bytes + " bytes";
    }
}
