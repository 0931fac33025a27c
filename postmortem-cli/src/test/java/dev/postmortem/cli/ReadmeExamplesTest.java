package dev.postmortem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs the Java examples of the README, so that they cannot rot. Each {@code java}
 * block is the body of a class named in its first line ({@code class Example ...}); a block that
 * is followed by an output block ({@code text}) must print exactly that output.
 */
class ReadmeExamplesTest {

    private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```(?:\\s*\\n(?:Prints:\\s*\\n)?```text\\n(.*?)```)?",
            Pattern.DOTALL);

    @Test
    void readmeJavaExamplesCompileAndPrintWhatTheReadmeSays(@TempDir Path dir) throws Exception {
        Path readme = Path.of("..", "README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        Matcher m = BLOCK.matcher(text);
        List<String[]> examples = new ArrayList<>();
        while (m.find()) {
            examples.add(new String[] {m.group(1), m.group(2)});
        }
        assertFalse(examples.isEmpty(), "the README has no java example");
        // javac runs as a process: this test is compiled inside the named module, which does not read java.compiler.
        Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
        for (String[] example : examples) {
            String source = example[0];
            Matcher name = Pattern.compile("(?m)^(?:public\\s+)?(?:final\\s+)?class\\s+(\\w+)").matcher(source);
            assertTrue(name.find(), "a README example must be a class:\n" + source);
            Path file = dir.resolve(name.group(1) + ".java");
            Files.writeString(file, source, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(javac.toString(), "-encoding", "UTF-8", "-cp", System.getProperty("java.class.path"),
                    "-d", dir.toString(), file.toString()).redirectErrorStream(true).start();
            String diagnostics = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), "README example does not compile:\n" + diagnostics + "\n" + source);
            String output = run(dir, name.group(1));
            if (example[1] != null) {
                assertEquals(example[1].strip(), output.strip(), "README example prints something else:\n" + source);
            }
        }
    }

    private static String run(Path dir, String className) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                ReadmeExamplesTest.class.getClassLoader())) {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            Method main = loader.loadClass(className).getMethod("main", String[].class);
            main.setAccessible(true);
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
