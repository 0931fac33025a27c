package dev.postmortem.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;

/** The shipped JSON Schema accepts what we write and rejects what {@code read} rejects. */
class SchemaTest {

    @Test
    void schemaIsAValid2020_12Schema() {
        List<Error> errors = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"))
                .validate(SchemaSupport.STRICT.readTree(PostmortemJson.schema()));
        assertEquals(List.of(), errors);
    }

    @Test
    void schemaIsInTheJarWhereDocumented() throws IOException {
        try (InputStream in = PostmortemJson.class.getResourceAsStream("/dev/postmortem/json/postmortem-v1.schema.json")) {
            assertNotNull(in);
            assertEquals(PostmortemJson.schema(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertTrue(PostmortemJson.schema().contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
    }

    @TestFactory
    Stream<DynamicTest> examplesValidate() {
        return Examples.all().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            String json = PostmortemJson.create().write(e.getValue());
            assertEquals(List.of(), SchemaSupport.validate(json), json);
        }));
    }

    static Stream<BrokenDocuments.Doc> schemaDocuments() {
        return BrokenDocuments.all().stream().filter(d -> d.kind() == BrokenDocuments.Kind.SCHEMA);
    }

    static Stream<BrokenDocuments.Doc> malformedDocuments() {
        return BrokenDocuments.all().stream().filter(d -> d.kind() == BrokenDocuments.Kind.MALFORMED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaDocuments")
    void schemaRejectsWhatReadRejects(BrokenDocuments.Doc doc) {
        List<Error> errors = SchemaSupport.validate(doc.json());
        assertFalse(errors.isEmpty(), () -> "schema accepted:\n" + doc.json());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedDocuments")
    void malformedDocumentsAreNotJson(BrokenDocuments.Doc doc) {
        // The schema cannot judge what a strict parser refuses; both sides refuse it.
        if (doc.json().isEmpty()) {
            assertTrue(SchemaSupport.STRICT.readTree(doc.json()).isMissingNode());
        } else {
            assertThrows(JacksonException.class, () -> SchemaSupport.validate(doc.json()), doc.json());
        }
    }
}
