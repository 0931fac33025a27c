package dev.postmortem.markdown.internal;

import org.commonmark.node.Node;

/**
 * One piece of the document the parser looks at: a heading, one line of a paragraph (or of an
 * indented code block), or a whole other block (list, table, fenced code, quote, HTML).
 *
 * <p>Belongs to one parse: its lazily computed parts are not safe to share across threads.
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

    /** What {@link SectionKind#classifyHeading} makes of the heading text, asked once: title search and heading both ask. */
    private SectionKind headingKind;
    private boolean headingKindKnown;

    SectionKind headingKind() {
        if (!headingKindKnown) {
            headingKind = SectionKind.classifyHeading(headingText);
            headingKindKnown = true;
        }
        return headingKind;
    }

    /** What {@link Labels#of} makes of the text, asked once: title search and label lines both ask. */
    private Labels.Label label;
    private boolean labelKnown;

    Labels.Label label(Source src) {
        if (!labelKnown) {
            label = Labels.of(text(src));
            labelKnown = true;
        }
        return label;
    }

    @Override
    public String toString() {
        return type + "@" + (line + 1) + (headingText != null ? "[" + headingText + "]" : "");
    }
}
