package dev.postmortem.json.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.core.ActionItem;
import dev.postmortem.core.Contributor;
import dev.postmortem.core.Postmortem;
import dev.postmortem.core.Section;
import dev.postmortem.json.PostmortemJson;
import dev.postmortem.json.PostmortemJsonException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * URLs in a document are text: reading and writing never open them. The URLs point at hosts that
 * do not resolve ({@code .invalid}), an address that drops packets (which would hang a connect),
 * files that do not exist or hold a secret, and jar entries; the proof is the result (the text
 * kept as written, no secret in it, no file created) and the time (a fetch would fail or hang).
 */
class NothingFetchedTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(5)
    void urlsAreKeptAsTextAndNeverOpened() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRET-CONTENT");
        Path absent = dir.resolve("never-created.txt");
        String fileUrl = secret.toUri().toString();
        List<String> urls = List.of(
                "http://postmortem-fetch-test.invalid/pixel.png",
                "https://10.255.255.1:81/slow",
                fileUrl,
                absent.toUri().toString(),
                "jar:" + dir.resolve("missing.jar").toUri() + "!/META-INF/MANIFEST.MF",
                "jar:http://postmortem-fetch-test.invalid/x.jar!/a",
                "ftp://postmortem-fetch-test.invalid/file",
                "\\\\postmortem-fetch-test.invalid\\share\\file",
                "classpath:golden/minimal.json");
        PostmortemJson json = PostmortemJson.create();
        String doc = json.write(document(urls));
        for (String url : urls) {
            // escaped as JSON writes strings, so the text below must appear in the document
            assertTrue(doc.contains(url.replace("\\", "\\\\")), url);
        }

        long t0 = System.nanoTime();
        Postmortem pm = json.read(doc);
        Postmortem fromBytes = json.read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)));
        String again = json.write(pm);
        long ms = (System.nanoTime() - t0) / 1_000_000;

        assertEquals(document(urls), pm);
        assertEquals(pm, fromBytes);
        assertEquals(doc, again);
        assertFalse(again.contains("SECRET-CONTENT"));
        assertFalse(Files.exists(absent));
        assertEquals(urls.get(0), pm.contributors().get(0).url());
        assertEquals(urls.get(2), pm.actions().get(2).link());
        assertTrue(ms < 2_000, "reading and writing took " + ms + " ms, as if something was fetched");
    }

    @Test
    @Timeout(5)
    void referenceLikePropertiesAreNotFollowed() {
        // JSON Schema and JSON-LD keywords mean nothing to the format: refused strictly, skipped leniently.
        String doc = "{\"$schema\": \"http://postmortem-fetch-test.invalid/schema.json\", "
                + "\"$ref\": \"file:///etc/passwd\", \"@context\": \"https://10.255.255.1/ctx\", \"formatVersion\": 1, "
                + "\"title\": \"{\\\"$ref\\\": \\\"file:///etc/passwd\\\"}\"}";
        Postmortem pm = PostmortemJson.builder().ignoreUnknownProperties(true).build().read(doc);
        assertEquals("{\"$ref\": \"file:///etc/passwd\"}", pm.title());
        assertTrue(assertThrows(PostmortemJsonException.class,
                () -> PostmortemJson.create().read(doc)).problem().startsWith("unknown property '$schema'"));
    }

    private static Postmortem document(List<String> urls) {
        Postmortem.Builder b = Postmortem.builder().title("Links everywhere");
        List<Contributor> contributors = new ArrayList<>();
        List<ActionItem> actions = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (String url : urls) {
            contributors.add(new Contributor("Person", url));
            actions.add(ActionItem.builder("Check " + url).link(url).build());
            body.append("![diagram](").append(url).append(") and [link](").append(url).append(")\n");
        }
        return b.contributors(contributors)
                .actions(actions)
                .sections(List.of(new Section("Links", body.toString())))
                .rootCause("See <" + urls.get(0) + ">")
                .build();
    }
}
