package org.villageregistry.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShippedFontsTest {
    @TempDir
    Path temp;

    private final byte[] font = "not really a font, but bytes to copy 字体".repeat(500).getBytes(
            java.nio.charset.StandardCharsets.UTF_8);

    @Test
    void aFontInTheJarIsCopiedOnceIntoTheCacheAndReadFromThere() throws Exception {
        try (URLClassLoader loader = jarWith("fonts/Test-Regular.ttf", font)) {
            URL url = loader.getResource("fonts/Test-Regular.ttf");
            Path cache = temp.resolve("cache");

            Optional<Path> file = ShippedFonts.file(url, cache);

            assertThat(file).isPresent();
            assertThat(file.get().getParent()).isEqualTo(cache);
            assertThat(file.get().getFileName().toString()).isEqualTo("Test-Regular-" + font.length + "-"
                    + Long.toHexString(crc(font)) + ".ttf");
            assertThat(Files.readAllBytes(file.get())).isEqualTo(font);
            try (var left = Files.list(cache)) {
                assertThat(left).containsExactly(file.get()); // no partial copy left behind
            }
            FileTime written = FileTime.fromMillis(1_000_000_000_000L);
            Files.setLastModifiedTime(file.get(), written);

            assertThat(ShippedFonts.file(url, cache)).contains(file.get());
            assertThat(Files.getLastModifiedTime(file.get())).isEqualTo(written);
        }
    }

    @Test
    void aDamagedCopyOfTheSameSizeIsWrittenAgain() throws Exception {
        try (URLClassLoader loader = jarWith("fonts/Test-Bold.ttf", font)) {
            Path cache = Files.createDirectories(temp.resolve("damaged"));
            Path expected = cache.resolve("Test-Bold-" + font.length + "-" + Long.toHexString(crc(font)) + ".ttf");
            byte[] damaged = font.clone();
            damaged[100] ^= 0x55;
            Files.write(expected, damaged);

            assertThat(ShippedFonts.file(loader.getResource("fonts/Test-Bold.ttf"), cache)).contains(expected);

            assertThat(Files.readAllBytes(expected)).isEqualTo(font);
        }
    }

    @Test
    void withoutAWritableCacheTheCallerIsToldToReadTheBytes() throws Exception {
        try (URLClassLoader loader = jarWith("fonts/Test-Light.ttf", font)) {
            Path notAFolder = Files.writeString(temp.resolve("a-file"), "x");

            assertThat(ShippedFonts.file(loader.getResource("fonts/Test-Light.ttf"), notAFolder.resolve("fonts")))
                    .isEmpty();
        }
    }

    @Test
    void fromTheClassesFolderTheFontIsItsOwnFileAndItIsTheProgramsNotoSansSc() throws Exception {
        Optional<Path> file = ShippedFonts.file(ShippedFonts.REGULAR);

        assertThat(file).isPresent();
        assertThat(file.get()).endsWith(Path.of("fonts", "NotoSansSC-Regular.ttf"));
        assertThat(Files.readAllBytes(file.get())).isEqualTo(ShippedFonts.bytes(ShippedFonts.REGULAR));
    }

    private URLClassLoader jarWith(String name, byte[] bytes) throws Exception {
        Path jar = Files.createTempFile(temp, "fonts", ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            j.putNextEntry(new JarEntry(name));
            j.write(bytes);
            j.closeEntry();
        }
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
