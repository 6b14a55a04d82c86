package org.sitrep.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.RawArticle;
import org.sitrep.model.RawArticle.Format;
import org.sitrep.model.StageFailure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileSourceTest {
    private final FileSource source = new FileSource();

    @TempDir
    Path dir;

    static Path fixture(String name) {
        try {
            return Path.of(FileSourceTest.class.getResource("/source/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private StageFailure failureOf(Path path) {
        StageFailure failure = assertThrows(StageFailure.class, () -> source.read(path));
        assertEquals("source", failure.stage());
        return failure;
    }

    @Test
    void aMissingFileSaysNoSuchFile() {
        assertEquals("no such file: " + dir.resolve("x.txt"), failureOf(dir.resolve("x.txt")).reason());
    }

    @Test
    void aDirectoryIsRefused() {
        assertEquals("is a directory, not a file: " + dir, failureOf(dir).reason());
    }

    @Test
    void anEmptyFileSaysEmptyFile() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertEquals("empty file", failureOf(empty).reason());
    }

    @Test
    void aFileWithOnlyAByteOrderMarkIsEmpty() throws IOException {
        Path bom = Files.write(dir.resolve("bom.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'});
        assertEquals("empty file", failureOf(bom).reason());
    }

    @Test
    void aFileWithNulBytesIsBinary() throws IOException {
        Path binary = Files.write(dir.resolve("image.txt"), new byte[] {'P', 'N', 'G', 0, 1, 2, 3, 'x'});
        assertEquals("binary file (not text)", failureOf(binary).reason());
    }

    @Test
    void aFileFullOfControlCharactersIsBinary() throws IOException {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x07 : 'a');
        }
        assertEquals("binary file (not text)", failureOf(Files.write(dir.resolve("ctl.dat"), bytes)).reason());
    }

    @Test
    void aFiftyMegabyteFileIsRefusedBeforeReadingIt() throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }
        assertEquals("file is 50.0 MB, over the 10 MB limit", failureOf(big).reason());
    }

    @Test
    void standardInputOverTheLimitIsRefusedAfterReadingOnlyTheLimit() {
        byte[] bytes = "a".repeat(2000).getBytes(StandardCharsets.US_ASCII);
        FileSource small = new FileSource(1000, new ByteArrayInputStream(bytes));
        StageFailure failure = assertThrows(StageFailure.class, () -> small.read(Path.of("-")));
        assertEquals("input is over the 1000 bytes limit", failure.reason());
    }

    @Test
    void windows1252BytesOfFrenchTextAreDecodedAsLatinText() {
        RawArticle article = source.read(fixture("latin1-report.txt"));
        assertTrue(article.body().startsWith("Des tirs d'artillerie ont visé le marché de Kidal"), article.body());
        assertEquals(Format.TEXT, article.format());
    }

    @Test
    void invalidUtf8ThatIsNotLatinTextIsAnUnknownEncoding() {
        assertEquals("unknown text encoding (not UTF-8, no usable declared charset, not Latin text)",
                failureOf(fixture("koi8-report.txt")).reason());
    }

    @Test
    void aCharsetDeclaredInHtmlIsUsedWhenTheBytesAreNotUtf8() {
        RawArticle article = source.read(fixture("declared-koi8.html"));
        assertTrue(article.body().contains("Вчера вечером шли бои."), article.body());
        assertEquals(Format.HTML, article.format());
    }

    @Test
    void utf16WithAByteOrderMarkIsDecoded() throws IOException {
        byte[] text = "Fighting resumed in Hodeidah.".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);
        RawArticle article = source.read(Files.write(dir.resolve("utf16.txt"), bytes));
        assertEquals("Fighting resumed in Hodeidah.", article.body());
    }

    @Test
    void theFormatComesFromTheExtension() {
        assertEquals(Format.MARKDOWN, source.read(fixture("report.md")).format());
        assertEquals(Format.TEXT, source.read(fixture("latin1-report.txt")).format());
    }

    @Test
    void anUnknownExtensionIsSniffedAsHtmlOrText() {
        assertEquals(Format.HTML, source.read(fixture("report.unknown")).format());
        assertEquals(Format.TEXT, source.read(fixture("notes.log")).format());
    }

    @Test
    void aFileArticleHasItsPathAsOriginAndNoId() {
        RawArticle article = source.read(fixture("notes.log"));
        assertEquals(fixture("notes.log").toString(), article.origin());
        assertEquals(Optional.empty(), article.id());
    }

    @Test
    void standardInputIsReadAndSniffed() {
        byte[] html = "<html><body><p>Troops entered Hajin.</p></body></html>".getBytes(StandardCharsets.UTF_8);
        FileSource stdin = new FileSource(FileSource.DEFAULT_MAX_BYTES, new ByteArrayInputStream(html));
        RawArticle article = stdin.read(Path.of("-"));
        assertEquals("stdin", article.origin());
        assertEquals(Format.HTML, article.format());
    }
}
