package dev.postmortem.markdown.internal;

import org.commonmark.node.Node;

/**
 * One piece of the document the parser looks at: a heading, one line of a paragraph (or of an
 * indented code block), or a whole other block (list, table, fenced code, quote, HTML).
 */
final class Unit {

    enum Type { HEADING, LINE, LIST, TABLE, BLOCK }

    final Type type;
    /** Where the unit's text starts when it is kept: its first non-blank character, or the line start in indented code. */
    final int start;
    /** Its first non-blank character. */
    final int content;
    /** End of its last line without trailing blanks. */
    final int end;
    final int line;
    final int lastLine;
    /** Units cut from the same block share this number. */
    final int block;
    final Node node;
    final int level;
    final String headingText;
    /** For an unclosed code fence: the fence that closes it when it is written out. */
    final String closingFence;

    Unit(Type type, int start, int content, int end, int line, int lastLine, int block, Node node, int level,
            String headingText, String closingFence) {
        this.type = type;
        this.start = start;
        this.content = content;
        this.end = end;
        this.line = line;
        this.lastLine = lastLine;
        this.block = block;
        this.node = node;
        this.level = level;
        this.headingText = headingText;
        this.closingFence = closingFence;
    }

    /** The text, cut once: the parser asks for it several times. */
    private String text;

    String text(Source src) {
        if (text == null) {
            text = src.text().substring(content, Math.max(content, end));
        }
        return text;
    }

    @Override
    public String toString() {
        return type + "@" + (line + 1) + (headingText != null ? "[" + headingText + "]" : "");
    }
}
