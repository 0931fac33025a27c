package dev.postmortem.bench;

import dev.postmortem.markdown.PostmortemParser;

/** Parsers the benchmarks share. */
final class Parsers {

    /** Room for the 10 MB scaling input, above the parser's default size limit. */
    static final int LARGE_DOCUMENT = 64 * 1024 * 1024;

    private Parsers() {
    }

    /**
     * A parser whose size limit admits every scaling input.
     *
     * @return the parser
     */
    static PostmortemParser unlimited() {
        return PostmortemParser.builder().maxDocumentSize(LARGE_DOCUMENT).build();
    }
}
