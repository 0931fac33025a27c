package dev.postmortem.markdown.robust;

import dev.postmortem.testkit.Mutations;
import dev.postmortem.core.Diagnostic;
import dev.postmortem.core.SourcePosition;
import dev.postmortem.markdown.ParseResult;
import dev.postmortem.markdown.PostmortemParser;
import dev.postmortem.markdown.PostmortemRenderer;
import dev.postmortem.testkit.PostmortemGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The documents the robustness tests start from, and how they check and show a result. */
final class Fixtures {

    static final PostmortemParser PARSER = PostmortemParser.builder().build();
    static final PostmortemRenderer RENDERER = PostmortemRenderer.builder().build();

    /** A named document to mutate or cut. */
    record Doc(String name, String text) {
    }

    private Fixtures() {
    }

    /** The project's example postmortems, {@code ../examples/*.md} from the module directory. */
    static List<Doc> examples() {
        Path dir = Path.of("..", "examples");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("examples/ not found at " + dir.toAbsolutePath());
        }
        List<Doc> docs = markdownIn(dir, "examples/");
        if (docs.isEmpty()) {
            throw new IllegalStateException("no example postmortems in " + dir.toAbsolutePath());
        }
        return docs;
    }

    /** Generated postmortems rendered as canonical Markdown, one per seed of {@link PostmortemGenerator#seeds(int)}. */
    static List<Doc> generated(int count) {
        List<Doc> docs = new ArrayList<>();
        PostmortemGenerator.seeds(count).forEach(seed ->
                docs.add(new Doc("generated seed " + seed, RENDERER.render(PostmortemGenerator.withSeed(seed).next()))));
        return docs;
    }

    /** The corpus named by {@code -Dpostmortem.corpus}, or nothing when the property is not set. */
    static List<Doc> corpus() {
        String dir = System.getProperty("postmortem.corpus", "");
        if (dir.isBlank()) {
            return List.of();
        }
        Path p = Path.of(dir);
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("postmortem.corpus is not a directory: " + p.toAbsolutePath());
        }
        return markdownIn(p, "corpus/");
    }

    private static List<Doc> markdownIn(Path dir, String prefix) {
        try (Stream<Path> s = Files.list(dir)) {
            List<Doc> docs = new ArrayList<>();
            for (Path f : s.filter(x -> x.getFileName().toString().endsWith(".md"))
                    .filter(x -> !x.getFileName().toString().equals("README.md")).sorted().toList()) {
                docs.add(new Doc(prefix + f.getFileName(), Files.readString(f, StandardCharsets.UTF_8)));
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns null when every diagnostic and source-map position lies inside the document and no
     * diagnostic is a {@code parser-failure} (the parser's own admission of a bug); else what is wrong.
     */
    static String badResult(String input, ParseResult r) {
        for (Diagnostic d : r.diagnostics()) {
            if (d.ruleId().equals("parser-failure")) {
                return "the parser failed internally: " + d;
            }
            String bad = outside(input, d.position());
            if (bad != null) {
                return "diagnostic " + d + " " + bad;
            }
        }
        for (Map.Entry<String, SourcePosition> e : r.sourceMap().entrySet()) {
            String bad = outside(input, e.getValue());
            if (bad != null) {
                return "source map entry " + e.getKey() + " " + bad;
            }
        }
        return null;
    }

    /** Null when the position is a line and column of the document as the parser reads it. */
    private static String outside(String input, SourcePosition pos) {
        if (pos == null) {
            return null;
        }
        String[] lines = normalised(input).split("\n", -1);
        if (pos.line() < 1 || pos.line() > lines.length) {
            return "is at line " + pos.line() + " of a document of " + lines.length + " lines";
        }
        int width = lines[pos.line() - 1].length();
        if (pos.column() < 1 || pos.column() > width + 1) {
            return "is at column " + pos.column() + " of line " + pos.line() + " of " + width + " chars";
        }
        return null;
    }

    /** The text as the parser numbers its lines: no leading BOM, CRLF and CR as LF. */
    static String normalised(String input) {
        String s = !input.isEmpty() && input.charAt(0) == '\uFEFF' ? input.substring(1) : input;
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The input as a Java string literal, cut to a readable length, for failure messages. */
    static String show(String input) {
        return Mutations.javaLiteral(input, 3_000);
    }

    /** Shortens a rendering for a failure message. */
    static String clip(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) + "\n[... " + (s.length() - 2000) + " more characters]" : s;
    }
}
