package dev.postmortem.json;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shipped schema, loaded once, with format assertions on ({@code "format": "date"} checked). */
final class SchemaSupport {

    /** A strict plain parser: duplicates and trailing content are errors. */
    static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(PostmortemJson.schema());

    private SchemaSupport() {
    }

    static List<Error> validate(String json) {
        JsonNode node = STRICT.readTree(json);
        return SCHEMA.validate(node, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
    }
}
