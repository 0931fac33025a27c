/** Implementation of the Markdown parser and renderer; not an API. */
package dev.postmortem.markdown.internal;
