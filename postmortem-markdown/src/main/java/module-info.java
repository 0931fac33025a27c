/**
 * Markdown for postmortems: a lenient, source-located parser and a canonical renderer.
 *
 * <p>{@link dev.postmortem.markdown.PostmortemParser} reads the Markdown people write into a
 * {@link dev.postmortem.core.Postmortem}; {@link dev.postmortem.markdown.PostmortemRenderer} writes a
 * postmortem back as canonical Markdown that parses to the same model.
 */
module dev.postmortem.markdown {
    requires transitive dev.postmortem.core;
    requires org.commonmark;
    requires org.commonmark.ext.gfm.tables;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;

    exports dev.postmortem.markdown;
}
