package org.sitrep.geo.geonames;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A minimal reader for .tgz archives (ustar and pax headers, as npm writes them) that extracts chosen entries.
 * Stateless.
 */
final class TarGzArchive {
    private static final int BLOCK = 512;

    private TarGzArchive() {
    }

    /** Receives each regular file of an archive; returns true when it has read the {@code size} bytes itself. */
    private interface EntryVisitor {
        boolean visit(String name, InputStream content, long size) throws IOException;
    }

    /**
     * Extracts each entry named by a key of {@code wanted} (archive path) to its value (target file);
     * IllegalArgumentException names the first entry missing from the archive.
     */
    static void extract(Path archive, Map<String, Path> wanted) {
        Map<String, Path> pending = new HashMap<>(wanted);
        walk(archive, (name, in, size) -> {
            Path target = pending.remove(name);
            if (target == null) {
                return false;
            }
            Files.createDirectories(target.toAbsolutePath().getParent());
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                copy(in, out, size);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            return true;
        });
        if (!pending.isEmpty()) {
            throw new IllegalArgumentException(archive.getFileName() + " has no entry "
                    + pending.keySet().iterator().next());
        }
    }

    /**
     * Extracts every regular file directly under {@code folder} (an archive path ending in "/") into
     * {@code target}, keeping file names; returns how many. IllegalArgumentException when there is none.
     */
    static int extractFolder(Path archive, String folder, Path target) {
        Map<String, Path> wanted = new HashMap<>();
        walk(archive, (name, in, size) -> {
            String rest = name.startsWith(folder) ? name.substring(folder.length()) : "";
            if (!rest.isEmpty() && !rest.contains("/") && !rest.startsWith(".")) {
                wanted.put(name, target.resolve(rest));
            }
            return false;
        });
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException(archive.getFileName() + " has no files under " + folder);
        }
        extract(archive, wanted);
        return wanted.size();
    }

    private static void walk(Path archive, EntryVisitor visitor) {
        try (InputStream in = new BufferedInputStream(new GZIPInputStream(Files.newInputStream(archive), 1 << 16))) {
            byte[] header = new byte[BLOCK];
            String paxPath = null;
            while (readFully(in, header) && !isZero(header)) {
                String name = text(header, 0, 100);
                String prefix = text(header, 345, 155);
                if (!prefix.isEmpty() && "ustar".equals(text(header, 257, 5))) {
                    name = prefix + "/" + name;
                }
                long size = Long.parseLong(text(header, 124, 12).isEmpty() ? "0" : text(header, 124, 12), 8);
                char type = (char) header[156];
                if (type == 'x') {
                    paxPath = paxPath(new String(in.readNBytes((int) size), StandardCharsets.UTF_8));
                    skip(in, padding(size));
                    continue;
                }
                if (paxPath != null) {
                    name = paxPath;
                    paxPath = null;
                }
                boolean read = (type == '0' || type == 0) && visitor.visit(name, in, size);
                skip(in, read ? padding(size) : size + padding(size));
            }
        } catch (IOException | NumberFormatException e) {
            throw new IllegalArgumentException("cannot read archive " + archive + ": " + e.getMessage());
        }
    }

    private static String paxPath(String records) {
        for (String record : records.split("\n")) {
            int space = record.indexOf(' ');
            if (space > 0 && record.startsWith("path=", space + 1)) {
                return record.substring(space + 6);
            }
        }
        return null;
    }

    private static long padding(long size) {
        return (BLOCK - size % BLOCK) % BLOCK;
    }

    private static String text(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8).strip();
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean readFully(InputStream in, byte[] buffer) throws IOException {
        return in.readNBytes(buffer, 0, buffer.length) == buffer.length;
    }

    private static void copy(InputStream in, OutputStream out, long size) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long left = size;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new IOException("archive truncated");
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    private static void skip(InputStream in, long bytes) throws IOException {
        in.skipNBytes(bytes);
    }
}
