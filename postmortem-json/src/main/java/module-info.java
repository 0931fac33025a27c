/**
 * Postmortems as JSON, format version 1, on Jackson 3.
 *
 * <p>{@link dev.postmortem.json.PostmortemJson} reads and writes documents;
 * {@link dev.postmortem.json.PostmortemModule} adds the format to an application's own
 * {@code JsonMapper} and is provided as a {@code tools.jackson.databind.JacksonModule} service.
 */
module dev.postmortem.json {
    requires transitive dev.postmortem.core;
    requires transitive tools.jackson.databind;
    requires tools.jackson.core;

    exports dev.postmortem.json;

    provides tools.jackson.databind.JacksonModule with dev.postmortem.json.PostmortemModule;
}
