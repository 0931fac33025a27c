package dev.postmortem.markdown.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.core.Postmortem;
import dev.postmortem.markdown.ParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * URLs in a document are text: parsing and rendering never open them. The URLs point at hosts that
 * do not resolve ({@code .invalid}), an address that drops packets (a connect would hang), files that
 * hold a secret or do not exist, and jar entries; the proof is the result (the URLs kept as written,
 * no secret in it, no file created) and the time (a fetch would fail or hang).
 */
class NothingFetchedTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(5)
    void imageAndLinkUrlsAreKeptAsTextAndNeverOpened() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRET-CONTENT");
        Path absent = dir.resolve("never-created.txt");
        List<String> urls = List.of(
                "http://postmortem-fetch-test.invalid/pixel.png",
                "https://10.255.255.1:81/slow.png",
                "http://10.255.255.1/graph",
                secret.toUri().toString(),
                absent.toUri().toString(),
                "jar:" + dir.resolve("missing.jar").toUri() + "!/META-INF/MANIFEST.MF",
                "jar:http://postmortem-fetch-test.invalid/x.jar!/a.png");
        StringBuilder doc = new StringBuilder("# Links everywhere ![logo](" + urls.get(0) + ")\n\n## Summary\n\n");
        for (String url : urls) {
            doc.append("See ![graph](").append(url).append(" \"title\") and [the dashboard](").append(url).append(").\n");
        }
        doc.append("\n[ref]: ").append(urls.get(1)).append("\n\n## Timeline\n\n");
        for (String url : urls) {
            doc.append("- **14:0").append(urls.indexOf(url)).append("** - Checked ![shot](").append(url).append(")\n");
        }
        doc.append("\n## Corrective actions\n\n1. **Fix the image proxy**\n\n   - **Link:** ").append(urls.get(2))
                .append("\n\n## Contributors\n\n- [Ada](").append(urls.get(1)).append(")\n- Grace <").append(urls.get(0))
                .append(">\n\n<img src=\"").append(urls.get(3)).append("\">\n\n## Appendix\n\n<iframe src=\"")
                .append(urls.get(2)).append("\"></iframe>\n");
        String markdown = doc.toString();
        List<Path> before = files();

        long t0 = System.nanoTime();
        ParseResult r = Fixtures.PARSER.parse(markdown);
        String rendered = Fixtures.RENDERER.render(r.postmortem());
        Postmortem again = Fixtures.PARSER.parse(rendered).postmortem();
        long ms = (System.nanoTime() - t0) / 1_000_000;

        for (String url : urls) {
            assertTrue(rendered.contains(url), () -> url + " not kept in\n" + rendered);
        }
        assertEquals(urls.get(2), r.postmortem().actions().get(0).link());
        assertEquals(urls.get(1), r.postmortem().contributors().get(0).url());
        assertEquals(rendered, Fixtures.RENDERER.render(again));
        assertFalse(rendered.contains("SECRET-CONTENT"));
        assertFalse(Files.exists(absent));
        assertEquals(before, files());
        assertTrue(ms < 2_000, "parsing and rendering took " + ms + " ms, as if something was fetched");
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
