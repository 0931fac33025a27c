/**
 * Postmortems as JSON, format version 1: {@link dev.postmortem.json.PostmortemJson} reads and
 * writes documents (its class documentation describes the format),
 * {@link dev.postmortem.json.PostmortemModule} adds the format to an application's own Jackson
 * mapper, and {@link dev.postmortem.json.PostmortemJsonException} reports a document that cannot be
 * read, with its JSON Pointer, line and column.
 */
package dev.postmortem.json;
