package dev.postmortem.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.ThematicBreak;

/** Cuts a parsed document into {@link Unit}s. */
final class Units {

    /** "#Title" without the space CommonMark wants: people mean a heading. */
    private static final Pattern LOOSE_HEADING = Pattern.compile("(#{1,6})([^\\s#].*?)\\s*#*\\s*");
    // The opening and closing sequences of an ATX heading's line, scanned by hand (atxOpenEnd, atxCloseStart):
    //   ATX_OPEN   ^\s{0,3}#{1,6}(?:\s+|$)   looked for at the line's start
    //   ATX_CLOSE  (?:^|\s+)#+\s*$           its first match in the rest removed

    private Units() {
    }

    static List<Unit> of(Document doc, Source src) {
        List<Unit> out = new ArrayList<>();
        int block = 0;
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            block++;
            List<SourceSpan> spans = n.getSourceSpans();
            if (spans.isEmpty()) {
                continue;
            }
            int first = spans.get(0).getLineIndex();
            int last = spans.get(spans.size() - 1).getLineIndex();
            if (n instanceof Heading h) {
                String text = headingText(h, src, first, last);
                if (last - first >= 2 && labelWithValue(text)) {
                    // Lines over a "---" (often a front matter missing its opening fence) that join into a
                    // label with a value: written back as "## text" they would read as that label, so read
                    // them as the label lines they are, and the underline as a separator.
                    for (int line = first; line < last; line++) {
                        if (!src.isBlankLine(line)) {
                            out.add(new Unit(Unit.Type.LINE, src.contentStart(line), src.contentStart(line),
                                    src.trimmedEnd(line), line, line, block, n, 0, null, null));
                        }
                    }
                    out.add(new Unit(Unit.Type.BLOCK, src.contentStart(last), src.contentStart(last), src.trimmedEnd(last),
                            last, last, block + 1, new ThematicBreak(), 0, null, null));
                    block++;
                } else if (text.isBlank()) {
                    out.add(block(Unit.Type.BLOCK, src, first, last, block, n, null));
                } else {
                    out.add(new Unit(Unit.Type.HEADING, src.contentStart(first), src.contentStart(first), src.trimmedEnd(last),
                            first, last, block, n, h.getLevel(), text, null));
                }
            } else if (n instanceof Paragraph) {
                for (int line = first; line <= last; line++) {
                    if (src.isBlankLine(line)) {
                        continue;
                    }
                    int c = src.contentStart(line);
                    int e = src.trimmedEnd(line);
                    Matcher m = c < e && src.text().charAt(c) == '#' ? LOOSE_HEADING.matcher(src.text()).region(c, e) : null;
                    if (m != null && m.matches() && m.group(2).codePoints().filter(Character::isLetter).count() >= 2) {
                        out.add(new Unit(Unit.Type.HEADING, c, c, e, line, line, block, n, m.group(1).length(),
                                m.group(2).strip(), null));
                    } else {
                        out.add(new Unit(Unit.Type.LINE, c, c, e, line, line, block, n, 0, null, null));
                    }
                }
            } else if (n instanceof IndentedCodeBlock) {
                for (int line = first; line <= last; line++) {
                    if (src.isBlankLine(line)) {
                        continue;
                    }
                    out.add(new Unit(Unit.Type.LINE, src.lineStart(line), src.contentStart(line), src.trimmedEnd(line),
                            line, line, block, n, 0, null, null));
                }
            } else if (n instanceof BulletList || n instanceof OrderedList) {
                out.add(block(Unit.Type.LIST, src, first, last, block, n, null));
            } else if (n instanceof TableBlock) {
                out.add(block(Unit.Type.TABLE, src, first, last, block, n, null));
            } else if (n instanceof FencedCodeBlock f) {
                String closing = null;
                if (f.getClosingFenceLength() == null) {
                    closing = f.getFenceCharacter().repeat(Math.max(3, f.getOpeningFenceLength()));
                }
                out.add(block(Unit.Type.BLOCK, src, first, last, block, n, closing));
            } else {
                out.add(block(Unit.Type.BLOCK, src, first, last, block, n, null));
            }
        }
        return out;
    }

    private static Unit block(Unit.Type type, Source src, int first, int last, int block, Node n, String closing) {
        while (last > first && src.isBlankLine(last)) {
            last--;
        }
        return new Unit(type, src.contentStart(first), src.contentStart(first), src.trimmedEnd(last), first, last,
                block, n, 0, null, closing);
    }

    private static boolean labelWithValue(String text) {
        Labels.Label l = Labels.of(text);
        return l != null && l.hasValue(text);
    }

    private static String headingText(Heading h, Source src, int first, int last) {
        String atx = atxText(src.text(), src.lineStart(first), src.lineEnd(first));
        if (atx != null) {
            return atx;
        }
        // setext: every line but the underline, joined
        StringBuilder sb = new StringBuilder();
        for (int line = first; line < last; line++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(src.lineText(line).strip());
        }
        return sb.toString().strip();
    }

    /**
     * The text of an ATX heading on the line {@code text[from, to)}, or null when the line does not open as one
     * ({@code ATX_OPEN}): the rest of the line less its closing sequence ({@code ATX_CLOSE}'s first match), stripped.
     */
    static String atxText(String text, int from, int to) {
        int open = atxOpenEnd(text, from, to);
        if (open < 0) {
            return null;
        }
        int close = atxCloseStart(text, open, to);
        if (close < 0) {
            return text.substring(open, to).strip();
        }
        int end = closeEnd(text, open, to);
        return (end == to ? text.substring(open, close) : text.substring(open, close) + text.substring(end, to)).strip();
    }

    /**
     * Where what {@code ^\s{0,3}#{1,6}(?:\s+|$)} matches at the start of the line {@code text[from, to)} ends, or
     * -1 when it does not match. Up to three blanks ({@code \s}), then one to six {@code #}s (no more: neither
     * {@code \s} nor {@code $} holds before a seventh), then all the blanks that follow, or else the end of the
     * line or of the line less a final line terminator that is no blank (where {@code $} also holds).
     */
    private static int atxOpenEnd(String text, int from, int to) {
        int i = from;
        while (i < to && Source.isRegexSpace(text.charAt(i))) {
            i++;
        }
        if (i - from > 3 || i >= to || text.charAt(i) != '#') {
            return -1;
        }
        int h = i;
        while (h < to && text.charAt(h) == '#') {
            h++;
        }
        if (h - i > 6) {
            return -1;
        }
        if (h < to && Source.isRegexSpace(text.charAt(h))) {
            while (h < to && Source.isRegexSpace(text.charAt(h))) {
                h++;
            }
            return h;
        }
        return h == closeEnd(text, h, to) ? h : -1;
    }

    /**
     * Where the first match of {@code (?:^|\s+)#+\s*$} in {@code text[from, to)} starts, or -1 when there is
     * none. A match ends where {@code $} holds, at {@link #closeEnd}, so it is the
     * run of {@code #}s before the blanks there, with the blanks before it (where the first match starts), or
     * with none at the start ({@code ^}).
     */
    private static int atxCloseStart(String text, int from, int to) {
        int end = closeEnd(text, from, to);
        int hashes = end;
        while (hashes > from && Source.isRegexSpace(text.charAt(hashes - 1))) {
            hashes--;
        }
        int start = hashes;
        while (start > from && text.charAt(start - 1) == '#') {
            start--;
        }
        if (start == hashes) {
            return -1;
        }
        if (start == from) {
            return from;
        }
        if (!Source.isRegexSpace(text.charAt(start - 1))) {
            return -1;
        }
        while (start > from && Source.isRegexSpace(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /**
     * Where {@code $} (without MULTILINE) holds last in {@code text[from, to)} after blanks: at the end, or
     * before a final line terminator that {@code \s} does not take ({@code \u0085 \u2028 \u2029}).
     */
    private static int closeEnd(String text, int from, int to) {
        if (to > from) {
            char c = text.charAt(to - 1);
            if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return to - 1;
            }
        }
        return to;
    }

}
