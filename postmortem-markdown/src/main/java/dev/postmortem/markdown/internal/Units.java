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
    private static final Pattern ATX_OPEN = Pattern.compile("^\\s{0,3}#{1,6}(?:\\s+|$)");
    private static final Pattern ATX_CLOSE = Pattern.compile("(?:^|\\s+)#+\\s*$");

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
        String firstLine = src.lineText(first);
        Matcher open = ATX_OPEN.matcher(firstLine);
        if (open.lookingAt()) { // the pattern is anchored at the start
            String t = firstLine.substring(open.end());
            if (t.indexOf('#') >= 0) {
                t = ATX_CLOSE.matcher(t).replaceFirst("");
            }
            return t.strip();
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
}
