package dev.postmortem.testkit;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Vocabulary and sentence building for generated prose; package-private. */
final class Words {

    static final List<String> PLAIN = List.of(
            "database", "cluster", "replica", "config", "deploy", "rollback", "cache", "queue", "latency",
            "errors", "users", "checkout", "service", "network", "switch", "router", "load", "balancer",
            "certificate", "disk", "memory", "node", "pods", "traffic", "alert", "monitoring", "dashboard",
            "engineer", "team", "customers", "requests", "timeouts", "retries", "storage", "backup", "index",
            "schema", "migration", "release", "version", "flag", "region", "zone", "gateway", "proxy", "token",
            "the", "a", "of", "to", "and", "was", "were", "after", "before", "during", "with", "without",
            "slowly", "quickly", "again", "partially", "fully", "unexpectedly", "restarted", "scaled",
            "investigated", "found", "saw", "checked", "patched", "verified", "noticed", "fixed", "updated",
            "42", "3.5", "99.9%", "v2.14", "p95", "eu-west-1", "on-call", "read-only", "hot-fix", "A/B",
            "café", "naïve", "Zürich", "São", "Ελλάδα", "データベース", "서버", "Überlast", "żółć", "🔥", "✅", "日本語");

    static final List<String> SENTENCE_START = List.of(
            "The", "Our", "Engineers", "Traffic", "Monitoring", "Customers", "Every", "Some", "Nobody",
            "Après", "Später", "Then", "Meanwhile", "Finally", "First", "We", "Requests", "Alerts");

    static final List<String> NAMES = List.of(
            "Ada Lovelace", "Grace Hopper", "José Álvarez", "Zoë Brontë", "Li Wei", "佐藤 花子", "Olusegun Obasanjo",
            "Ngozi Okafor", "Priya Patel", "Ólafur Arnalds", "@sre-team", "Platform team", "Kwame Mensah", "Mia");

    static final List<String> SECTION_HEADINGS = List.of(
            "Visual Overview", "Humorous Note", "Appendix", "Glossary", "Customer Communication",
            "Related Incidents", "Acknowledgements", "Open Questions", "Supporting Data", "Financial Cost",
            "Notes for Reviewers", "Références", "Что дальше");

    private Words() {
    }

    static String pick(Random r, List<String> list) {
        return list.get(r.nextInt(list.size()));
    }

    static String words(Random r, int min, int max) {
        int n = min + r.nextInt(max - min + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(i % 5 == 4 && r.nextInt(3) == 0 ? ", " : " ");
            }
            sb.append(pick(r, PLAIN));
        }
        return sb.toString();
    }

    /** A capitalised run of words: titles, headings, action titles. */
    static String title(Random r, int min, int max) {
        String w = pick(r, SENTENCE_START) + " " + words(r, min - 1, max - 1);
        return w.replace(",", "");
    }

    /** One sentence ending with a full stop; may hold bold or code spans mid-sentence. */
    static String sentence(Random r, boolean inline) {
        StringBuilder sb = new StringBuilder(pick(r, SENTENCE_START)).append(' ').append(words(r, 3, 12));
        if (inline && r.nextInt(4) == 0) {
            sb.append(" **").append(pick(r, PLAIN)).append("** ").append(pick(r, PLAIN));
        }
        if (inline && r.nextInt(5) == 0) {
            sb.append(" `").append(pick(r, PLAIN).toLowerCase(Locale.ROOT)).append("` ").append(pick(r, PLAIN));
        }
        return sb.append('.').toString();
    }

    static String paragraph(Random r, boolean inline) {
        int n = 1 + r.nextInt(3);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(sentence(r, inline));
        }
        return sb.toString();
    }

    /** Paragraphs separated by a blank line; with {@code lists}, sometimes a bullet list too. */
    static String body(Random r, boolean lists) {
        int n = 1 + r.nextInt(3);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append("\n\n");
            }
            if (lists && r.nextInt(4) == 0) {
                int items = 2 + r.nextInt(3);
                for (int j = 0; j < items; j++) {
                    if (j > 0) {
                        sb.append('\n');
                    }
                    sb.append("- ").append(sentence(r, false));
                }
            } else {
                sb.append(paragraph(r, true));
            }
        }
        return sb.toString();
    }
}
