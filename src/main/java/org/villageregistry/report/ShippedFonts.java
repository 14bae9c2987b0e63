package org.villageregistry.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.service.UserCache;

/**
 * The Chinese font the program ships (Noto Sans SC, TrueType, 10 MB a weight, and its common part) as a file on
 * disk, so the reports and the window's text read it from there instead of from bytes in the heap: from the classes
 * folder itself when the program runs from it, else from a copy in the user's cache folder
 * ({@code ~/.cache/village-registry/fonts/NotoSansSC-Regular-<size>-<crc>.ttf}), written once per build of the font
 * and checked against the jar's checksum once per run (a damaged copy is written again). Where no copy can be
 * written, {@link #file} is empty and the caller reads the resource's bytes as before (docs/decisions/0045).
 */
public final class ShippedFonts {
    public static final String REGULAR = "/fonts/NotoSansSC-Regular.ttf";
    public static final String BOLD = "/fonts/NotoSansSC-Bold.ttf";
    /** The common part of each weight, written by the build ({@link CommonFontSubset}). */
    static final String REGULAR_COMMON = "/fonts/NotoSansSC-Regular" + CommonFontSubset.SUFFIX + ".ttf";
    static final String BOLD_COMMON = "/fonts/NotoSansSC-Bold" + CommonFontSubset.SUFFIX + ".ttf";
    private static final Logger LOG = LoggerFactory.getLogger(ShippedFonts.class);
    /** The copies checked in this run. */
    private static final Set<Path> CHECKED = new HashSet<>();

    private ShippedFonts() {
    }

    /**
     * The font file for the resource (one of {@link #REGULAR}, {@link #BOLD} or their common parts); empty when none
     * can be had.
     */
    public static Optional<Path> file(String resource) {
        URL url = ShippedFonts.class.getResource(resource);
        if (url == null) {
            throw new UncheckedIOException(new IOException("font " + resource + " is missing from the build"
                    + " (maven-dependency-plugin unpacks it in generate-resources)"));
        }
        return file(url, cacheFolder());
    }

    /** The resource's bytes, for where {@link #file} is empty. */
    public static byte[] bytes(String resource) throws IOException {
        try (InputStream in = ShippedFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font " + resource + " is missing from the build");
            }
            return in.readAllBytes();
        }
    }

    /** {@code fonts} in the user's cache folder ({@link UserCache}). */
    static Path cacheFolder() {
        return UserCache.folder().resolve("fonts");
    }

    static synchronized Optional<Path> file(URL url, Path cache) {
        try {
            switch (url.getProtocol().toLowerCase(Locale.ROOT)) {
                case "file":
                    return Optional.of(Path.of(url.toURI()));
                case "jar":
                    return Optional.of(copied(url, cache));
                default:
                    return Optional.empty();
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            LOG.warn("The shipped font is read into memory instead of from a file: {}", e.toString());
            return Optional.empty();
        }
    }

    private static Path copied(URL url, Path cache) throws IOException {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        JarEntry entry = connection.getJarEntry();
        String name = Path.of(entry.getName()).getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        String suffix = dot < 0 ? "" : name.substring(dot);
        Path file = cache.resolve(stem + "-" + entry.getSize() + "-" + Long.toHexString(entry.getCrc()) + suffix);
        if (CHECKED.contains(file)) {
            return file;
        }
        if (!Files.isRegularFile(file) || Files.size(file) != entry.getSize() || crc(file) != entry.getCrc()) {
            Files.createDirectories(cache);
            Path part = Files.createTempFile(cache, stem, ".part");
            try {
                try (InputStream in = connection.getInputStream()) {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                }
                try {
                    Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(part);
            }
            if (Files.size(file) != entry.getSize() || crc(file) != entry.getCrc()) {
                throw new IOException("the copy of " + name + " in " + cache + " does not match the program's");
            }
        }
        CHECKED.add(file);
        return file;
    }

    private static long crc(Path file) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                crc.update(buffer, 0, n);
            }
        }
        return crc.getValue();
    }
}
