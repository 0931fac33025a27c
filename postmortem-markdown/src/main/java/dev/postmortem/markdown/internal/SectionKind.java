package dev.postmortem.markdown.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a heading or label line stands for, recognised from the names postmortems use. */
enum SectionKind {
    SUMMARY(false, "(?:(?:the )?(?:issue|incident|executive|event|outage|problem|incident report|postmortem|post mortem) )?(?:summary|overview|synopsis)"
            + "(?: of (?:the )?(?:issue|incident|outage|event|events))?|introduction|what happened|incident description|description"),
    IMPACT(true, "(?:summary of |the |user |users |customer |business |end user |service |overall )?impacts?(?: summary| on users| assessment)?"),
    START(true, "(?:incident |outage )?(?:start|started|began|beginning)(?: date| time| date ?/ ?time| date and time| date & time| of (?:the )?(?:outage|incident))?"
            + "|date ?(?:&|and) ?time|time of (?:the )?(?:incident|outage)"),
    END(true, "(?:incident |outage )?(?:end|ended|resolved|resolution time|recovered)(?: date| time| date ?/ ?time| date and time| date & time| at)?"),
    DURATION(true, "(?:total |incident |outage )?duration(?: of (?:the )?(?:outage|incident|downtime))?|(?:outage|incident|downtime) duration|downtime"),
    DATE(true, "(?:incident )?date(?: of (?:the )?incident)?"),
    TIMELINE(false, "(?:the |incident |detailed |event |events |outage |full )?time ?line(?: of (?:the )?(?:events|incident|outage))?"
            + "|chain of events|sequence of events|events timeline|incident timeline|events"),
    ROOT_CAUSE_AND_RESOLUTION(false, "(?:(?:the )?root causes? (?:analysis )?(?:and|&) (?:the )?(?:resolution|remediation|fix|mitigation)s?"
            + "|cause (?:and|&) resolution|(?:in-depth |detailed )?analysis of (?:the )?root cause (?:and|&) resolution)"
            + "(?: (?:and|&) recovery)?"),
    ROOT_CAUSE(true, "(?:the )?root causes?(?: analysis)?|causes?|what caused (?:the|this) (?:incident|issue|outage)\\??|cause of (?:the )?(?:outage|incident|issue)"
            + "|(?:in-depth |detailed )?analysis of (?:the )?root cause|contributing (?:conditions|factors)(?: analysis)?|triggers?"),
    RESOLUTION(true, "(?:the )?resolution(?: and recovery| steps)?|(?:mitigation|mitigations)(?: (?:and|&) resolution)?|recovery|remediation|resolution (?:and|&) recovery"
            + "|how (?:it|the incident|the issue|the outage) was (?:resolved|fixed)|the fix|fix"),
    ACTIONS(false, "(?:(?:corrective|preventive|preventative|prevention)(?: (?:and|&) (?:corrective|preventive|preventative))?"
            + " (?:measures|actions|action items|steps))|(?:corrective|preventive|preventative) measures? (?:and|&) (?:corrective|preventive|preventative) measures?"
            + "|action items?|actions? items?|follow[- ]?ups?(?: actions| items)?|next steps|tasks?(?: list)?|to ?-?dos?(?: list)?|task list"
            + "|improvements?(?: ?/ ?fixes| (?:and|&) fixes)?|fixes|recommendations|future prevention|prevention(?: measures| plan)?|measures"
            + "|tasks to address (?:the|this) issue|remediation items|preventive actions|preventative actions|mitigation and future prevention"),
    LESSONS(false, "lessons? learn(?:ed|t)|lessons|what went well|what went wrong|where we got lucky|(?:key )?takeaways|learnings"),
    CONTRIBUTORS(false, "contributors?|authors?|written by|credits");

    /** Whether a line "Label: value" of this kind may carry its value on the same line. */
    final boolean takesValue;
    private final Pattern pattern;

    SectionKind(boolean takesValue, String regex) {
        this.takesValue = takesValue;
        this.pattern = Pattern.compile(regex);
    }

    private static final Pattern DECORATION = Pattern.compile("[^\\p{L}\\p{N} &/?'-]+");
    private static final Pattern NUMBERING = Pattern.compile("^(?:\\d{1,2}[.)]?|[ivx]{1,4}[.)]|step \\d+|part \\d+|section \\d+|h[1-6])\\s+");
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
    private static final Pattern PARENS = Pattern.compile("\\([^)]*\\)");

    /** Normalises heading text for matching: lower case, no emoji, emphasis, numbering or punctuation. */
    static String normalise(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        t = PARENS.matcher(t).replaceAll(" ");
        t = DECORATION.matcher(t).replaceAll(" ");
        t = WHITESPACE_RUN.matcher(t).replaceAll(" ").strip();
        t = NUMBERING.matcher(t).replaceFirst("");
        while (t.endsWith("?") || t.endsWith("/") || t.endsWith("-") || t.endsWith("'")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        while (t.startsWith("-") || t.startsWith("/")) {
            t = t.substring(1).strip();
        }
        return t;
    }

    /** Classifies a whole heading text, or returns null. */
    static SectionKind classify(String text) {
        if (text == null || text.length() > 120) {
            return null;
        }
        String n = normalise(text);
        if (n.isEmpty()) {
            return null;
        }
        for (SectionKind k : values()) {
            if (k.pattern.matcher(n).matches()) {
                return k;
            }
        }
        return null;
    }

    /** Classifies a heading text, also trying the part after its last colon ("A Race Against Time: The Timeline"). */
    static SectionKind classifyHeading(String text) {
        SectionKind k = classify(text);
        if (k != null) {
            return k;
        }
        int colon = text.lastIndexOf(':');
        if (colon > 0 && colon < text.length() - 1) {
            SectionKind after = classify(text.substring(colon + 1));
            if (after != null && !after.takesValue) {
                return after;
            }
        }
        return null;
    }
}
