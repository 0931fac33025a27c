package dev.postmortem.bench;

import dev.postmortem.core.Postmortem;
import dev.postmortem.markdown.PostmortemParser;
import dev.postmortem.markdown.PostmortemRenderer;
import dev.postmortem.testkit.PostmortemGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The document sets the benchmarks run over, as Markdown texts.
 *
 * <ul>
 *   <li>{@code examples}: the project's {@code examples/*.md}, read from the working directory
 *       ({@code examples/} or {@code ../examples/}), else the copies packed into the jar;</li>
 *   <li>{@code generated}: {@value #GENERATED_COUNT} seeded testkit postmortems with 5 to 40 timeline
 *       entries, rendered to Markdown; built in the JVM, so they exist wherever the jar runs;</li>
 *   <li>{@code corpus}: every {@code *.md} under the folder named by the system property
 *       {@code postmortem.corpus}; when that is unset the set falls back to {@code examples} and
 *       says so on stderr.</li>
 * </ul>
 */
public final class Documents {

    /** The system property naming a folder of real postmortems. */
    public static final String CORPUS_PROPERTY = "postmortem.corpus";
    /** How many generated documents the {@code generated} set holds. */
    public static final int GENERATED_COUNT = 32;
    /** The first seed of the generated set; fixed so every run measures the same documents. */
    public static final long GENERATED_SEED = 20240322L;

    private static final String EMBEDDED_EXAMPLES = "/dev/postmortem/bench/examples";

    private Documents() {
    }

    /**
     * Returns the Markdown texts of a named set.
     *
     * @param set {@code examples}, {@code generated} or {@code corpus}
     * @return the texts, in file-name order for the sets read from files
     */
    public static List<String> markdown(String set) {
        switch (set) {
            case "examples":
                return examples();
            case "generated":
                return generated();
            case "corpus":
                String dir = System.getProperty(CORPUS_PROPERTY, "");
                if (dir.isBlank()) {
                    System.err.println("[postmortem-bench] -D" + CORPUS_PROPERTY
                            + " is not set: the 'corpus' set falls back to the examples");
                    return examples();
                }
                return readFolder(Paths.get(dir));
            default:
                throw new IllegalArgumentException("unknown document set '" + set
                        + "': use examples, generated or corpus");
        }
    }

    /**
     * Returns the models of a named set: the generated models themselves, or what our parser makes of
     * the files.
     *
     * @param set the set name
     * @return the models
     */
    public static List<Postmortem> models(String set) {
        if (set.equals("generated")) {
            return generatedModels();
        }
        PostmortemParser parser = PostmortemParser.builder().build();
        List<Postmortem> out = new ArrayList<>();
        for (String text : markdown(set)) {
            out.add(parser.parse(text).postmortem());
        }
        return out;
    }

    /**
     * The generated models: realistic sizes, timelines of 5 to 40 entries.
     *
     * @return the models
     */
    public static List<Postmortem> generatedModels() {
        List<Postmortem> out = new ArrayList<>(GENERATED_COUNT);
        for (int i = 0; i < GENERATED_COUNT; i++) {
            out.add(PostmortemGenerator.withSeed(GENERATED_SEED + i).withTimelineSize(5 + (i * 35) / GENERATED_COUNT)
                    .next());
        }
        return out;
    }

    private static List<String> generated() {
        PostmortemRenderer renderer = PostmortemRenderer.builder().build();
        List<String> out = new ArrayList<>(GENERATED_COUNT);
        for (Postmortem pm : generatedModels()) {
            out.add(renderer.render(pm));
        }
        return out;
    }

    private static List<String> examples() {
        for (String candidate : List.of("examples", "../examples")) {
            Path dir = Paths.get(candidate);
            if (Files.isDirectory(dir)) {
                List<String> texts = readFolder(dir);
                if (!texts.isEmpty()) {
                    return texts;
                }
            }
        }
        return embeddedExamples();
    }

    private static List<String> embeddedExamples() {
        URL url = Documents.class.getResource(EMBEDDED_EXAMPLES);
        if (url == null) {
            throw new IllegalStateException("no examples/ folder here and none packed in the jar");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return readFolder(Paths.get(uri));
            }
            FileSystem fs;
            try {
                fs = FileSystems.getFileSystem(uri);
            } catch (FileSystemNotFoundException e) {
                fs = FileSystems.newFileSystem(uri, Map.of());
            }
            return readFolder(fs.getPath(EMBEDDED_EXAMPLES));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the packed examples", e);
        }
    }

    /**
     * Reads every {@code *.md} file of a folder tree, sorted by path, skipping {@code README.md}.
     *
     * @param dir the folder
     * @return the texts
     */
    public static List<String> readFolder(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> paths = files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted()
                    .toList();
            List<String> out = new ArrayList<>(paths.size());
            for (Path p : paths) {
                try (InputStream in = Files.newInputStream(p)) {
                    out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            if (out.isEmpty()) {
                throw new IllegalStateException("no *.md files under " + dir.toAbsolutePath());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.toAbsolutePath(), e);
        }
    }

    /**
     * Sums the lengths of texts, in UTF-8 bytes.
     *
     * @param texts the texts
     * @return the total size in bytes
     */
    public static long bytes(List<String> texts) {
        long n = 0;
        for (String t : texts) {
            n += t.getBytes(StandardCharsets.UTF_8).length;
        }
        return n;
    }
}
