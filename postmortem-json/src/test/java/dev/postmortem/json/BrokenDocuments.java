package dev.postmortem.json;

import java.util.List;

/**
 * Broken documents shared by the reader tests and the schema tests, each with where the reader
 * must place the problem.
 */
final class BrokenDocuments {

    /** How the JSON Schema relates to a broken document. */
    enum Kind {
        /** Well-formed JSON that the schema rejects, as {@code read} does. */
        SCHEMA,
        /** Not JSON a strict parser accepts; the schema does not apply. */
        MALFORMED,
        /** Well-formed and shaped right, but meaningless: only {@code read} can tell (a 25th hour). */
        READ_ONLY
    }

    /**
     * A broken document.
     *
     * @param name    what is broken
     * @param kind    how the schema relates to it
     * @param json    the document
     * @param path    the JSON Pointer the reader must report
     * @param line    the line it must report
     * @param column  the column it must report
     * @param problem a fragment the problem text must contain
     */
    record Doc(String name, Kind kind, String json, String path, int line, int column, String problem) {
        @Override
        public String toString() {
            return name;
        }
    }

    private BrokenDocuments() {
    }

    static List<Doc> all() {
        return List.of(
                // ---- malformed
                new Doc("empty document", Kind.MALFORMED, "", "", 1, 1, "empty document"),
                new Doc("double comma", Kind.MALFORMED, "{\"formatVersion\": 1,,}", "", 1, 21,
                        "invalid JSON: Unexpected character (','"),
                new Doc("truncated inside an entry", Kind.MALFORMED, """
                        {"formatVersion": 1,
                         "timeline": {"entries": [{"text": "Alert fired""", "/timeline/entries/0/text", 2, 48,
                        "invalid JSON: Unexpected end-of-input"),
                new Doc("unquoted value", Kind.MALFORMED, """
                        {"formatVersion": 1,
                         "actions": [{"title": done}]}""", "/actions/0", 2, 24, "invalid JSON: Unrecognized token 'done'"),
                new Doc("duplicate property", Kind.MALFORMED, "{\"formatVersion\": 1, \"title\": \"a\", \"title\": \"b\"}",
                        "", 1, 43, "Duplicate Object property \"title\""),
                new Doc("duplicate property in an entry", Kind.MALFORMED, """
                        {"formatVersion": 1,
                          "timeline": {"entries": [{"at": "10:00", "text": "x", "text": "y"}]}}""",
                        "/timeline/entries/0", 2, 63, "Duplicate Object property \"text\""),
                new Doc("duplicate extra key", Kind.MALFORMED,
                        "{\"formatVersion\": 1, \"metadata\": {\"extra\": {\"k\": \"v\", \"k\": \"w\"}}}",
                        "/metadata/extra", 1, 58, "Duplicate Object property \"k\""),
                new Doc("duplicate property inside an unknown one before formatVersion", Kind.MALFORMED,
                        "{\"unk\": [{\"a\": 1}, {\"b\": [1, {\"c\": 1, \"c\": 1}]}], \"formatVersion\": 1}",
                        "/unk", 1, 42, "Duplicate Object property \"c\""),
                new Doc("trailing content", Kind.MALFORMED, "{\"formatVersion\": 1}\n{}", "", 2, 1,
                        "unexpected content after the postmortem object"),

                // ---- document shape and version
                new Doc("not an object", Kind.SCHEMA, "[{\"formatVersion\": 1}]", "", 1, 1,
                        "expected a postmortem JSON object, found an array"),
                new Doc("null document", Kind.SCHEMA, "null", "", 1, 1, "expected a postmortem JSON object, found null"),
                new Doc("missing formatVersion", Kind.SCHEMA, "{\"title\": \"Outage\"}", "", 1, 1,
                        "missing required property 'formatVersion'"),
                new Doc("newer formatVersion", Kind.SCHEMA, "{\"formatVersion\": 2, \"title\": \"Outage\"}", "/formatVersion",
                        1, 19, "formatVersion 2 is newer than this library reads (version 1)"),
                new Doc("newer formatVersion after new properties", Kind.SCHEMA,
                        "{\"incidentGraph\": {\"nodes\": []}, \"formatVersion\": 3}", "/formatVersion", 1, 51,
                        "formatVersion 3 is newer"),
                new Doc("formatVersion zero", Kind.SCHEMA, "{\"formatVersion\": 0}", "/formatVersion", 1, 19,
                        "formatVersion must be 1, was 0"),
                new Doc("formatVersion as string", Kind.SCHEMA, "{\"formatVersion\": \"1\"}", "/formatVersion", 1, 19,
                        "expected an integer, found a string"),

                // ---- unknown properties
                new Doc("unknown root property", Kind.SCHEMA, "{\"formatVersion\": 1, \"severity\": \"SEV1\"}", "/severity",
                        1, 22, "unknown property 'severity', expected one of formatVersion, title, metadata"),
                new Doc("unknown summary property", Kind.SCHEMA, """
                        {
                          "formatVersion": 1,
                          "summary": {
                            "start": "14:00",
                            "ended": "15:00"
                          }
                        }""", "/summary/ended", 5, 5, "unknown property 'ended', expected one of start, end, duration"),
                new Doc("unknown entry property", Kind.SCHEMA, """
                        {"formatVersion": 1, "timeline": {"entries": [
                          {"at": "14:00", "text": "a"},
                          {"at": "14:05", "text": "b", "who": "Ada"}]}}""", "/timeline/entries/1/who", 3, 32,
                        "unknown property 'who', expected one of at, text, kind"),

                // ---- wrong types and nulls
                new Doc("number for a string", Kind.SCHEMA, "{\"formatVersion\": 1, \"title\": 42}", "/title", 1, 31,
                        "expected a string, found an integer"),
                new Doc("string for an object", Kind.SCHEMA, "{\"formatVersion\": 1, \"summary\": \"all bad\"}", "/summary",
                        1, 33, "expected an object, found a string"),
                new Doc("object for an array", Kind.SCHEMA, "{\"formatVersion\": 1, \"actions\": {\"title\": \"x\"}}",
                        "/actions", 1, 33, "expected an array, found an object"),
                new Doc("boolean in a string list", Kind.SCHEMA,
                        "{\"formatVersion\": 1, \"metadata\": {\"authors\": [\"Ada\", true]}}", "/metadata/authors/1", 1,
                        54, "expected a string, found a boolean"),
                new Doc("null value", Kind.SCHEMA, "{\"formatVersion\": 1, \"title\": null}", "/title", 1, 31,
                        "expected a string, found null"),
                new Doc("null in a list", Kind.SCHEMA, "{\"formatVersion\": 1, \"metadata\": {\"tags\": [null]}}",
                        "/metadata/tags/0", 1, 44, "expected a string, found null"),
                new Doc("number in extra", Kind.SCHEMA,
                        "{\"formatVersion\": 1, \"metadata\": {\"extra\": {\"on/call\": 3}}}", "/metadata/extra/on~1call",
                        1, 56, "expected a string, found an integer"),

                // ---- missing or blank required values
                new Doc("entry without text", Kind.SCHEMA, """
                        {"formatVersion": 1, "timeline": {"entries": [
                          {"at": "14:00", "text": "a"},
                          {"at": "14:05", "kind": "action"}]}}""", "/timeline/entries/1", 3, 3,
                        "missing required property 'text'"),
                new Doc("action without title", Kind.SCHEMA,
                        "{\"formatVersion\": 1, \"actions\": [{\"status\": \"open\"}]}", "/actions/0", 1, 34,
                        "missing required property 'title'"),
                new Doc("blank action title", Kind.SCHEMA, "{\"formatVersion\": 1, \"actions\": [{\"title\": \"  \"}]}",
                        "/actions/0/title", 1, 44, "must not be blank"),
                new Doc("section without heading", Kind.SCHEMA,
                        "{\"formatVersion\": 1, \"sections\": [{\"heading\": \"A\"}, {\"body\": \"text\"}]}", "/sections/1",
                        1, 53, "missing required property 'heading'"),
                new Doc("contributor without name", Kind.SCHEMA,
                        "{\"formatVersion\": 1, \"contributors\": [{\"url\": \"https://example.org\"}]}",
                        "/contributors/0", 1, 39, "missing required property 'name'"),

                // ---- bad values
                new Doc("timestamp in words", Kind.SCHEMA, """
                        {"formatVersion": 1, "timeline": {"entries": [
                          {"at": "14:00", "text": "a"},
                          {"at": "14:05", "text": "b"},
                          {"at": "14:10", "text": "c"},
                          {"at": "noon", "text": "d"}]}}""", "/timeline/entries/3/at", 5, 10,
                        "invalid timestamp 'noon': expected ISO-8601"),
                new Doc("date-only timestamp with a zone", Kind.SCHEMA,
                        "{\"formatVersion\": 1, \"summary\": {\"start\": \"2024-03-22Z\"}}", "/summary/start", 1, 43,
                        "invalid timestamp '2024-03-22Z'"),
                new Doc("duration in words", Kind.SCHEMA,
                        "{\"formatVersion\": 1, \"summary\": {\"duration\": \"2h 30m\"}}", "/summary/duration", 1, 46,
                        "invalid duration '2h 30m'"),
                new Doc("negative duration", Kind.SCHEMA,
                        "{\"formatVersion\": 1, \"summary\": {\"duration\": \"-PT1H\"}}", "/summary/duration", 1, 46,
                        "expected a non-negative ISO-8601 duration"),
                new Doc("date in another form", Kind.SCHEMA,
                        "{\"formatVersion\": 1, \"metadata\": {\"date\": \"22/03/2024\"}}", "/metadata/date", 1, 43,
                        "invalid date '22/03/2024'"),
                new Doc("impossible date", Kind.SCHEMA,
                        "{\"formatVersion\": 1, \"actions\": [{\"title\": \"x\", \"due\": \"2024-02-30\"}]}",
                        "/actions/0/due", 1, 56, "invalid date '2024-02-30'"),
                new Doc("status not in lower case", Kind.SCHEMA,
                        "{\"formatVersion\": 1, \"actions\": [{\"title\": \"x\", \"status\": \"Done\"}]}",
                        "/actions/0/status", 1, 59, "unknown action status 'Done', expected one of open, in_progress"),
                new Doc("unknown entry kind", Kind.SCHEMA,
                        "{\"formatVersion\": 1, \"timeline\": {\"entries\": [{\"text\": \"x\", \"kind\": \"detected\"}]}}",
                        "/timeline/entries/0/kind", 1, 69, "unknown timeline entry kind 'detected'"),
                new Doc("unknown action kind", Kind.SCHEMA,
                        "{\"formatVersion\": 1, \"actions\": [{\"title\": \"x\", \"kind\": \"fix\"}]}",
                        "/actions/0/kind", 1, 57, "unknown action kind 'fix'"),

                // ---- meaningless values the schema's patterns cannot see
                new Doc("25th hour", Kind.READ_ONLY, "{\"formatVersion\": 1, \"summary\": {\"end\": \"25:00\"}}",
                        "/summary/end", 1, 41, "invalid timestamp '25:00'"),
                new Doc("offset contradicting its zone label", Kind.READ_ONLY,
                        "{\"formatVersion\": 1, \"summary\": {\"start\": \"14:00+05:00[PST]\"}}", "/summary/start", 1, 43,
                        "offset +05:00 does not match zone label PST"),
                new Doc("duration too long", Kind.READ_ONLY,
                        "{\"formatVersion\": 1, \"summary\": {\"duration\": \"PT99999999999999999999H\"}}",
                        "/summary/duration", 1, 46, "invalid duration"),
                new Doc("formatVersion as decimal", Kind.READ_ONLY, "{\"formatVersion\": 1.0}", "/formatVersion", 1, 19,
                        "expected an integer, found a decimal number"));
    }
}
