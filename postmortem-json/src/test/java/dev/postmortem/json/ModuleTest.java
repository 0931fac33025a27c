package dev.postmortem.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.core.ActionStatus;
import dev.postmortem.core.EntryKind;
import dev.postmortem.core.Postmortem;
import dev.postmortem.core.Timeline;
import dev.postmortem.core.Timestamp;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/** The module on an application's own mapper. */
class ModuleTest {

    /** An application's own document holding postmortem values. */
    record Envelope(String source, Postmortem postmortem, Timestamp seenAt, List<EntryKind> kinds, ActionStatus status) {
    }

    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new PostmortemModule()).build();

    @Test
    void valuesInsideAnotherDocumentUseTheFormat() {
        Postmortem pm = Examples.checkoutOutage();
        Envelope envelope = new Envelope("bot", pm, Timestamp.parse("22:20-08:00[PST]"),
                List.of(EntryKind.DETECTION, EntryKind.MISLEADING), ActionStatus.WONT_DO);
        String json = MAPPER.writeValueAsString(envelope);
        String compactPm = PostmortemJson.builder().pretty(false).build().write(pm);
        assertTrue(json.contains("\"postmortem\":" + compactPm), json);
        assertTrue(json.contains("\"seenAt\":\"22:20-08:00[PST]\""), json);
        assertTrue(json.contains("\"kinds\":[\"detection\",\"misleading\"]"), json);
        assertTrue(json.contains("\"status\":\"wont_do\""), json);
        assertEquals(envelope, MAPPER.readValue(json, Envelope.class));
    }

    @Test
    void emptyPartsCountAsEmptyForInclusionRules() {
        JsonMapper nonEmpty = JsonMapper.builder()
                .addModule(new PostmortemModule())
                .changeDefaultPropertyInclusion(v -> v.withValueInclusion(
                        com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY))
                .build();
        record Parts(Timeline timeline, String note) {
        }
        assertEquals("{\"note\":\"n\"}", nonEmpty.writeValueAsString(new Parts(Timeline.EMPTY, "n")));
    }

    @Test
    void problemsAreJacksonExceptionsWithTheFullPath() {
        String json = """
                {"source": "bot", "postmortem": {"formatVersion": 1,
                  "timeline": {"entries": [{"text": "a"}, {"at": "later", "text": "b"}]}}}""";
        DatabindException e = assertThrows(DatabindException.class, () -> MAPPER.readValue(json, Envelope.class));
        String path = e.getPath().stream()
                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : String.valueOf(r.getIndex()))
                .collect(Collectors.joining("/", "/", ""));
        assertEquals("/postmortem/timeline/entries/1/at", path);
        assertEquals(2, e.getLocation().getLineNr());
        assertEquals(50, e.getLocation().getColumnNr());
        assertTrue(e.getOriginalMessage().startsWith("invalid timestamp 'later'"), e.getOriginalMessage());
    }

    @Test
    void unknownPropertiesFollowTheMappersSetting() {
        String json = "{\"formatVersion\": 1, \"title\": \"t\", \"mood\": \"calm\"}";
        // Jackson 3 accepts unknown properties unless told otherwise; so does the module.
        assertEquals("t", MAPPER.readValue(json, Postmortem.class).title());
        JsonMapper strict = MAPPER.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        JacksonException e = assertThrows(JacksonException.class, () -> strict.readValue(json, Postmortem.class));
        assertEquals("mood", e.getPath().get(0).getPropertyName());
    }

    @Test
    void duplicatePropertiesFollowTheMappersSetting() {
        String json = "{\"formatVersion\": 1, \"title\": \"a\", \"title\": \"b\"}";
        // Jackson accepts duplicates unless told otherwise, last one wins; so does the module.
        assertEquals("b", MAPPER.readValue(json, Postmortem.class).title());
        JsonMapper strict = MAPPER.rebuild().enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        JacksonException e = assertThrows(JacksonException.class, () -> strict.readValue(json, Postmortem.class));
        assertEquals("Duplicate Object property \"title\"", e.getOriginalMessage());
        assertEquals(43, e.getLocation().getColumnNr());
    }

    @Test
    void moduleIsFoundAsAService() {
        assertTrue(ServiceLoader.load(JacksonModule.class).stream()
                .anyMatch(p -> p.type() == PostmortemModule.class));
        JsonMapper found = JsonMapper.builder().findAndAddModules().build();
        assertEquals("\"2024-03-22T14:00Z\"", found.writeValueAsString(Timestamp.parse("2024-03-22T14:00Z")));
        assertEquals("postmortem-json", new PostmortemModule().getModuleName());
    }
}
