package dev.postmortem.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.core.ActionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor's status words are the parser's: it reads each as the status the editor takes it for. */
class StatusWordsTest {

    @Test
    void theParserReadsEveryWordAsItsStatus() {
        for (ActionStatus status : ActionStatus.values()) {
            List<String> words = StatusWords.longestFirst(status);
            assertTrue(!words.isEmpty(), status::toString);
            for (String w : words) {
                assertEquals(status, DocumentParser.status(w), w);
            }
            for (int k = 1; k < words.size(); k++) {
                assertTrue(words.get(k - 1).length() >= words.get(k).length(), words::toString);
            }
        }
    }
}
