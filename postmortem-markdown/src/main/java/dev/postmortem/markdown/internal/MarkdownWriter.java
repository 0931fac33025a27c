package dev.postmortem.markdown.internal;

import dev.postmortem.core.ActionItem;
import dev.postmortem.core.Contributor;
import dev.postmortem.core.Postmortem;
import dev.postmortem.core.Section;
import dev.postmortem.core.Summary;
import dev.postmortem.core.TimelineEntry;
import dev.postmortem.core.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a postmortem as canonical Markdown: the implementation behind {@code PostmortemRenderer}.
 *
 * <p>Stateless and thread-safe.
 */
public final class MarkdownWriter {

    private static final Pattern BLOCK_START = Pattern.compile(
            "^(?:[-+*]\\s|[-+*]$|\\d{1,9}[.)](?:\\s|$)|#|>|\\||```|~~~|<|=+\\s*$|-+\\s*$|\\[[^\\]]*\\]:|\\s)");
    private static final Pattern URI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\\s<>]*");

    /** Creates a writer. */
    public MarkdownWriter() {
    }

    /**
     * Writes the postmortem.
     *
     * @param pm the postmortem
     * @return canonical Markdown, ending with a line break
     */
    public String write(Postmortem pm) {
        StringBuilder out = new StringBuilder(1024);
        FrontMatter.write(pm.metadata(), out);
        Blocks b = new Blocks(out);
        if (pm.title() != null) {
            b.block("# " + pm.title().strip());
        }
        summary(pm.summary(), b);
        timeline(pm, b);
        prose(b, "Root cause", pm.rootCause());
        prose(b, "Resolution", pm.resolution());
        prose(b, "Lessons learned", pm.lessons());
        actions(pm.actions(), b);
        for (Section s : pm.sections()) {
            b.block("## " + s.heading().strip().replace('\n', ' '));
            if (!s.body().isBlank()) {
                b.block(s.body());
            }
        }
        contributors(pm.contributors(), b);
        return out.toString();
    }

    /** Appends blocks separated by one blank line. */
    private static final class Blocks {
        private final StringBuilder out;
        private boolean first;

        Blocks(StringBuilder out) {
            this.out = out;
            this.first = out.length() == 0;
        }

        void block(String text) {
            if (!first) {
                out.append('\n');
            }
            first = false;
            out.append(text.stripTrailing()).append('\n');
        }
    }

    private static void summary(Summary s, Blocks b) {
        if (s.isEmpty()) {
            return;
        }
        b.block("## Summary");
        if (s.start() != null) {
            b.block("**Start:** " + TimeText.format(s.start()));
        }
        if (s.end() != null) {
            b.block("**End:** " + TimeText.format(s.end()));
        }
        if (s.duration() != null) {
            b.block("**Duration:** " + TimeText.format(s.duration()));
        }
        if (s.description() != null) {
            b.block(s.description());
        }
        labelled(b, "Impact", s.impact());
        labelled(b, "Root cause", s.rootCause());
    }

    private static void labelled(Blocks b, String label, String value) {
        if (value == null) {
            return;
        }
        if (BLOCK_START.matcher(value).find()) {
            b.block("**" + label + ":**");
            b.block(value);
        } else {
            b.block("**" + label + ":** " + value);
        }
    }

    private static void prose(Blocks b, String heading, String body) {
        if (body != null) {
            b.block("## " + heading);
            b.block(body);
        }
    }

    private static void timeline(Postmortem pm, Blocks b) {
        if (pm.timeline().isEmpty()) {
            return;
        }
        b.block("## Timeline");
        if (pm.timeline().notes() != null) {
            b.block(pm.timeline().notes());
        }
        List<TimelineEntry> entries = pm.timeline().entries();
        boolean grouped = groupable(entries);
        LocalDate group = null;
        StringBuilder list = new StringBuilder();
        for (TimelineEntry e : entries) {
            Timestamp at = e.at();
            String key = null;
            if (at != null) {
                if (grouped && at.hasDate() && at.hasTime()) {
                    if (!at.date().equals(group)) {
                        if (list.length() > 0) {
                            b.block(list.toString());
                            list.setLength(0);
                        }
                        group = at.date();
                        b.block("### " + group);
                    }
                    key = TimeText.format(at.withDate(null));
                } else {
                    key = TimeText.format(at);
                }
            }
            String text = e.text();
            if (!e.hasInferredKind()) {
                text = text.isEmpty() ? "(kind: " + e.kind().id() + ")"
                        : text + (text.indexOf('\n') >= 0 ? "\n\n" : " ") + "(kind: " + e.kind().id() + ")";
            }
            StringBuilder item = new StringBuilder("-");
            if (key != null) {
                item.append(" **").append(key).append("**");
                if (!text.isEmpty()) {
                    item.append(" - ");
                }
            } else if (!text.isEmpty()) {
                item.append(' ');
            }
            item.append(indent(text, 2));
            list.append(item.toString().stripTrailing()).append('\n');
        }
        if (list.length() > 0) {
            b.block(list.toString());
        }
    }

    /** Dates may be written once per group only when no time-only entry follows a dated one. */
    private static boolean groupable(List<TimelineEntry> entries) {
        boolean seenDated = false;
        for (TimelineEntry e : entries) {
            Timestamp at = e.at();
            if (at == null) {
                continue;
            }
            if (at.hasDate() && at.hasTime()) {
                seenDated = true;
            } else if (seenDated && at.hasTime()) {
                return false;
            }
        }
        return seenDated;
    }

    private static void actions(List<ActionItem> actions, Blocks b) {
        if (actions.isEmpty()) {
            return;
        }
        b.block("## Corrective actions");
        int n = 1;
        for (ActionItem a : actions) {
            String marker = n + ". ";
            int indent = marker.length();
            String pad = " ".repeat(indent);
            StringBuilder item = new StringBuilder(marker);
            String title = a.title().strip();
            boolean bold = title.indexOf('*') < 0 && !title.endsWith(":") && title.indexOf('\n') < 0 && !title.startsWith("_");
            item.append(bold ? "**" + title + "**" : title).append('\n');
            if (a.description() != null) {
                item.append('\n').append(pad).append(indent(a.description().strip(), indent)).append('\n');
            }
            StringBuilder fields = new StringBuilder();
            // a description ending in a "-" list would take the field items into that list: use "*"
            String bullet = a.description() != null && endsWithDashList(a.description()) ? "* " : "- ";
            field(fields, pad + bullet, "Owner", a.owner());
            field(fields, pad + bullet, "Due", a.due() == null ? null : a.due().toString());
            field(fields, pad + bullet, "Status", a.status() == null ? null : a.status().id());
            field(fields, pad + bullet, "Kind", a.kind() == null ? null : a.kind().id());
            field(fields, pad + bullet, "Link", a.link());
            if (fields.length() > 0) {
                item.append('\n').append(fields);
            }
            b.block(item.toString());
            n++;
        }
    }

    private static void field(StringBuilder out, String lead, String name, String value) {
        if (value != null) {
            out.append(fieldLine(lead, name, value)).append('\n');
        }
    }

    /** An action's field line, {@code - **Owner:** Ana}, after {@code lead} (indent and bullet); no line end. */
    static String fieldLine(String lead, String name, String value) {
        return lead + "**" + name + ":** " + value.strip();
    }

    /** Whether the last non-blank line of a text is a "-" list item. */
    static boolean endsWithDashList(String text) {
        String t = text.stripTrailing();
        String last = t.substring(t.lastIndexOf('\n') + 1).stripLeading();
        return last.startsWith("- ") || last.equals("-");
    }

    private static void contributors(List<Contributor> contributors, Blocks b) {
        if (contributors.isEmpty()) {
            return;
        }
        b.block("## Contributors");
        StringBuilder list = new StringBuilder();
        for (Contributor c : contributors) {
            list.append("- ").append(c.name().strip());
            if (c.url() != null) {
                if (URI.matcher(c.url()).matches()) {
                    list.append(" <").append(c.url()).append('>');
                } else {
                    list.append(" - ").append(c.url());
                }
            }
            list.append('\n');
        }
        b.block(list.toString());
    }

    /** Indents every line after the first that is not blank; blank lines become empty. */
    static String indent(String text, int n) {
        if (text.indexOf('\n') < 0) {
            return text;
        }
        String pad = " ".repeat(n);
        StringBuilder sb = new StringBuilder(text.length() + 16);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                sb.append('\n');
                if (!lines[i].isBlank()) {
                    sb.append(pad);
                }
            }
            sb.append(i > 0 && lines[i].isBlank() ? "" : lines[i]);
        }
        return sb.toString();
    }
}
