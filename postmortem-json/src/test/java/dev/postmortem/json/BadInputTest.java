package dev.postmortem.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each kind of bad input gives a {@link PostmortemJsonException} naming path, line and column. */
class BadInputTest {

    private static final PostmortemJson JSON = PostmortemJson.create();

    static Iterable<BrokenDocuments.Doc> documents() {
        return BrokenDocuments.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void readReportsPathAndPosition(BrokenDocuments.Doc doc) {
        PostmortemJsonException e = assertThrows(PostmortemJsonException.class, () -> JSON.read(doc.json()),
                () -> "read accepted:\n" + doc.json());
        assertProblem(doc, e);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void readersAndStreamsReportTheSame(BrokenDocuments.Doc doc) {
        PostmortemJsonException fromReader = assertThrows(PostmortemJsonException.class,
                () -> JSON.read(new StringReader(doc.json())));
        assertProblem(doc, fromReader);
        PostmortemJsonException fromStream = assertThrows(PostmortemJsonException.class,
                () -> JSON.read(new ByteArrayInputStream(doc.json().getBytes(StandardCharsets.UTF_8))));
        assertProblem(doc, fromStream);
    }

    private static void assertProblem(BrokenDocuments.Doc doc, PostmortemJsonException e) {
        String where = "at " + (doc.path().isEmpty() ? "document root" : doc.path()) + " (line " + doc.line()
                + ", column " + doc.column() + "): ";
        String context = "\nmessage: " + e.getMessage() + "\ninput:\n" + doc.json();
        assertEquals(doc.path(), e.jsonPath(), "path" + context);
        assertEquals(doc.line(), e.line(), "line" + context);
        assertEquals(doc.column(), e.column(), "column" + context);
        assertTrue(e.getMessage().startsWith(where), "message names the place" + context);
        assertTrue(e.problem().contains(doc.problem()), "problem contains '" + doc.problem() + "'" + context);
        assertEquals(where + e.problem(), e.getMessage());
    }
}
