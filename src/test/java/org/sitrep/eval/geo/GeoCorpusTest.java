package org.sitrep.eval.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.CodePoints;
import org.sitrep.model.Span;

class GeoCorpusTest {
    @TempDir
    Path dir;

    static final String LGL_STYLE = """
            <?xml version="1.0" encoding="utf-8"?>
            <articles>
              <article docid="a1">
                <feedid>7</feedid>
                <title>Flood</title>
                <domain>example-courier.test</domain>
                <url>http://www.example-courier.test/story/1</url>
                <text><![CDATA[Rain hit Springfield, Ill., and the Mississippi valley.]]></text>
                <toponyms>
                  <toponym><start>9</start><end>20</end><phrase>Springfield</phrase>
                    <gaztag geonameid="4250542"><name>Springfield</name><fcode>PPLA</fcode>
                      <lat>39.80172</lat><lon>-89.64371</lon><country>United States</country></gaztag></toponym>
                  <toponym><start>22</start><end>26</end><phrase>Ill.</phrase>
                    <gaztag geonameid="4896861"><name>Illinois</name><lat>40.00032</lat><lon>-89.25037</lon></gaztag>
                  </toponym>
                  <toponym><start>36</start><end>47</end><phrase>Mississippi</phrase></toponym>
                </toponyms>
              </article>
            </articles>
            """;

    @Test
    void lglStyleToponymsKeepTheirOffsetsAndThoseWithoutCoordinatesAreUnscored() throws IOException {
        GeoCorpus corpus = GeoCorpus.read(write("lgl-like.xml", LGL_STYLE));
        assertEquals(1, corpus.documents().size());
        GoldDocument doc = corpus.documents().get(0);
        assertEquals("a1", doc.id());
        assertEquals(2, doc.toponyms().size());
        assertEquals(new Span(9, 20), doc.toponyms().get(0).span());
        assertEquals("Ill.", CodePoints.slice(doc.text(), doc.toponyms().get(1).span()));
        assertEquals(39.80172, doc.toponyms().get(0).latitude(), 1e-9);
        assertEquals(1, corpus.withoutCoordinates());
        assertEquals(new Span(36, 47), doc.unscored().get(0));
        assertEquals(0, corpus.realigned());
        assertEquals(java.util.Optional.of("http://www.example-courier.test/story/1"), doc.url(),
                "the article's URL: its source, never gold");
    }

    @Test
    void anArticleWithADomainButNoUrlGetsTheDomainAsItsUrlAndOneWithNeitherNone() throws IOException {
        String xml = LGL_STYLE.replace("<url>http://www.example-courier.test/story/1</url>", "")
                .replace("</articles>", "<article docid=\"a2\"><text>No place.</text></article></articles>");
        GeoCorpus corpus = GeoCorpus.read(write("domain-only.xml", xml));
        assertEquals(java.util.Optional.of("http://example-courier.test/"), corpus.documents().get(0).url());
        assertEquals(java.util.Optional.empty(), corpus.documents().get(1).url());
    }

    @Test
    void geoVirusStyleOffsetsOneOffAreMovedOntoTheirPhraseAndNestedLocationsAreRead() throws IOException {
        String xml = """
                <articles>
                    <article>
                        <source>https://example.org/outbreak</source>
                        <text>Cases rose in Lagos and Kano, Nigeria.</text>
                        <locations>
                            <location>
                            <location><name>Lagos</name><start>15</start><end>20</end><lat>6.45</lat><lon>3.39</lon>
                                <page>x</page></location>
                            <location><name>Kano</name><start>25</start><end>29</end><lat>12</lat><lon>8.52</lon>
                                <continent>Africa</continent></location>
                            </location>
                            <location><name>Nigeria</name><start>31</start><end>38</end><lat>10</lat><lon>8</lon>
                            </location>
                        </locations>
                    </article>
                </articles>
                """;
        GeoCorpus corpus = GeoCorpus.read(write("virus-like.xml", xml));
        GoldDocument doc = corpus.documents().get(0);
        assertEquals("https://example.org/outbreak", doc.id());
        assertEquals(3, doc.toponyms().size());
        for (GoldToponym t : doc.toponyms()) {
            assertEquals(t.phrase(), CodePoints.slice(doc.text(), t.span()));
        }
        assertEquals(3, corpus.realigned());
        assertEquals(0, corpus.unaligned());
    }

    @Test
    void offsetsCountCodePointsSoACharacterOutsideTheBmpShiftsNothing() throws IOException {
        String xml = "<articles><article docid=\"e\"><text>\uD83D\uDD25 Fire in Mosul.</text><toponyms><toponym>"
                + "<start>10</start><end>15</end><phrase>Mosul</phrase><gaztag><lat>36.335</lat><lon>43.11889</lon>"
                + "</gaztag></toponym></toponyms></article></articles>";
        GoldDocument doc = GeoCorpus.read(write("emoji.xml", xml)).documents().get(0);
        assertEquals(new Span(10, 15), doc.toponyms().get(0).span());
        assertEquals("Mosul", CodePoints.slice(doc.text(), doc.toponyms().get(0).span()));
    }

    @Test
    void limitKeepsTheFirstDocuments() throws IOException {
        GeoCorpus corpus = GeoCorpus.read(write("lgl-like.xml", LGL_STYLE));
        assertEquals(1, corpus.limit(5).documents().size());
        assertEquals(0, corpus.limit(0).documents().size());
    }

    @Test
    void aFileThatIsNoCorpusIsAOneLineInputError() throws IOException {
        Path notXml = write("bad.xml", "<articles><article>");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GeoCorpus.read(notXml));
        assertTrue(e.getMessage().contains("bad.xml"), e.getMessage());
        Path other = write("other.xml", "<rss><channel/></rss>");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GeoCorpus.read(other)).getMessage()
                .contains("no <article>"));
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
