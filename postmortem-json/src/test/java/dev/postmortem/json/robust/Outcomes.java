package dev.postmortem.json.robust;

import dev.postmortem.testkit.Mutations;
import dev.postmortem.json.PostmortemJsonException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What the robustness tests accept as an outcome, and how they show an input in a failure. */
final class Outcomes {

    /** The documented message: the place, then the problem. */
    private static final Pattern MESSAGE = Pattern.compile(
            "at (document root|/.*?) \\(line (\\d+), column (\\d+)\\): (.+)", Pattern.DOTALL);

    private Outcomes() {
    }

    /**
     * Returns null when the exception is documented: a message naming the JSON Pointer and a line
     * and column that agree with the exception's accessors, and a non-blank problem; else what is wrong.
     */
    static String undocumented(PostmortemJsonException e) {
        Matcher m = MESSAGE.matcher(String.valueOf(e.getMessage()));
        if (!m.matches()) {
            return "message does not name a JSON path and line/column: " + e.getMessage();
        }
        String path = m.group(1).equals("document root") ? "" : m.group(1);
        if (!path.equals(e.jsonPath())) {
            return "message path " + m.group(1) + " differs from jsonPath() " + e.jsonPath();
        }
        if (e.line() < 1 || e.column() < 1 || e.line() != Integer.parseInt(m.group(2))
                || e.column() != Integer.parseInt(m.group(3))) {
            return "bad line/column " + e.line() + ":" + e.column() + " in " + e.getMessage();
        }
        if (e.problem().isBlank() || !e.problem().equals(m.group(4))) {
            return "problem() '" + e.problem() + "' is blank or not the message's";
        }
        return null;
    }

    /** The input as a Java string literal, cut to a readable length, for failure messages. */
    static String show(String input) {
        return Mutations.javaLiteral(input, 3_000);
    }

    /** The golden documents of the json module's tests, by file name, in name order. */
    static Map<String, String> goldenDocuments() {
        URL dir = Outcomes.class.getResource("/golden");
        if (dir == null) {
            throw new IllegalStateException("missing test resource folder golden/");
        }
        Map<String, String> docs = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                docs.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (docs.isEmpty()) {
            throw new IllegalStateException("no golden documents found in " + dir);
        }
        return docs;
    }
}
