/**
 * Reading postmortems from Markdown and writing them back.
 *
 * <p>Start with {@link dev.postmortem.markdown.PostmortemParser} and
 * {@link dev.postmortem.markdown.PostmortemRenderer}.
 */
package dev.postmortem.markdown;
