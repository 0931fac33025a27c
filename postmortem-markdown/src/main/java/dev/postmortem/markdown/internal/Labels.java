package dev.postmortem.markdown.internal;

/** Recognises label lines: {@code **Impact:**}, {@code Root Cause: ...}, {@code Timeline}, {@code **Incident Timeline:**}. */
final class Labels {

    /*
     * What a label line is, as regular expressions matched against the whole line (Java syntax); the
     * hand-written scans below give what these give, and LabelsTest checks them against these patterns:
     *
     *   BOLD_WHOLE   (\*\*|__)(.{1,100}?)\1\s*:?\s*
     *   BOLD_LABEL   (\*\*|__)([^*_\n]{1,60}?)\s*(:?)\s*\1\s*(:?)\s*(\S.*)   with a colon in group 3 or 4
     *   PLAIN_WHOLE  ([^:*_`\[\]<>|]{1,60}?)\s*:?
     *   PLAIN_LABEL  ([^:*_`\[\]()<>|]{1,50}?)\s*:\s+(\S.*)
     */

    private Labels() {
    }

    /** A recognised label line. */
    record Label(SectionKind kind, String name, int valueStart, boolean bold) {
        boolean hasValue(String line) {
            return valueStart < line.length();
        }
    }

    /**
     * Recognises a label line. The value start is an index into {@code line}, equal to its length when
     * the label stands alone.
     *
     * <p>The four patterns above are tried in their order, each by a hand-written scan.
     */
    static Label of(String line) {
        if (line.length() > 2000) {
            return null;
        }
        // both bold forms open with the marker; a plain label with a value needs a colon
        boolean bold = line.startsWith("**") || line.startsWith("__");
        if (bold) {
            int close = boldWholeClose(line);
            if (close >= 0) {
                String inner = line.substring(2, close).strip();
                if (inner.endsWith(":")) {
                    inner = inner.substring(0, inner.length() - 1);
                }
                SectionKind k = SectionKind.classifyHeading(inner);
                if (k != null) {
                    return new Label(k, inner.strip(), line.length(), true);
                }
            }
            if (line.indexOf(':') >= 0) { // a bold label with a value has a colon inside or after the marker
                Label l = boldLabel(line);
                if (l != null) {
                    return l;
                }
            }
        }
        int wholeEnd = plainWholeEnd(line);
        if (wholeEnd > 0 && hasLetters(line, 0, wholeEnd)) {
            SectionKind k = SectionKind.classify(line, 0, wholeEnd);
            if (k != null) {
                return new Label(k, line.substring(0, wholeEnd).strip(), line.length(), false);
            }
        }
        return plainLabel(line);
    }

    /**
     * Where the closing marker stands when {@code BOLD_WHOLE} matches the line (which opens with a marker),
     * else -1. Less trailing blanks, one colon and blanks again (what {@code \s*:?\s*} takes), the line must
     * end with its opening marker: the reluctant name cannot end sooner, as the marker's characters are neither
     * blank nor colon, nor later. The name between, {@code .{1,100}?}, holds 1 to 100 code points and no line
     * terminator.
     */
    private static int boldWholeClose(String line) {
        int end = line.length();
        while (end > 0 && Source.isRegexSpace(line.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && line.charAt(end - 1) == ':') {
            end--;
            while (end > 0 && Source.isRegexSpace(line.charAt(end - 1))) {
                end--;
            }
        }
        if (end < 5 || line.charAt(end - 2) != line.charAt(0) || line.charAt(end - 1) != line.charAt(1)) {
            return -1;
        }
        int close = end - 2;
        if (moreCodePoints(line, 2, close, 100) || hasLineTerminator(line, 2, close)) {
            return -1;
        }
        return close;
    }

    /**
     * The label when {@code BOLD_LABEL} matches the line (which opens with a marker) with a colon in group 3
     * or 4, and its name is a section's; else null.
     *
     * <p>The name {@code [^*_\n]}, and the blanks and colon after it, hold no {@code *} or {@code _}: the
     * closing marker is the first of those. The reluctant name is the shortest (of at least one character) that
     * leaves before the marker only what {@code \s*(:?)\s*} takes. After the marker, {@code \s*(:?)\s*(\S.*)}
     * first tries the colon and the value after it, then the colon as the value's first character; the value's
     * {@code .*} takes no line terminator.
     */
    private static Label boldLabel(String line) {
        int n = line.length();
        int close = 2;
        while (close < n && line.charAt(close) != '*' && line.charAt(close) != '_') {
            close++;
        }
        if (close == 2 || close + 1 >= n || line.charAt(close) != line.charAt(0)
                || line.charAt(close + 1) != line.charAt(1)) {
            return null;
        }
        int nameEnd = close;
        while (nameEnd > 2 && Source.isRegexSpace(line.charAt(nameEnd - 1))) {
            nameEnd--;
        }
        if (nameEnd > 2 && line.charAt(nameEnd - 1) == ':') {
            nameEnd--;
            while (nameEnd > 2 && Source.isRegexSpace(line.charAt(nameEnd - 1))) {
                nameEnd--;
            }
        }
        nameEnd = Math.max(nameEnd, 3);
        if (moreCodePoints(line, 2, nameEnd, 60) || line.lastIndexOf('\n', nameEnd - 1) >= 2) {
            return null;
        }
        int colon = line.indexOf(':', nameEnd);
        boolean colonInside = colon >= 0 && colon < close;
        int q = close + 2;
        while (q < n && Source.isRegexSpace(line.charAt(q))) {
            q++;
        }
        int value = -1;
        boolean colonAfter = false;
        if (q < n && line.charAt(q) == ':') {
            int r = q + 1;
            while (r < n && Source.isRegexSpace(line.charAt(r))) {
                r++;
            }
            if (r < n && !hasLineTerminator(line, r + 1, n)) {
                value = r;
                colonAfter = true;
            }
        }
        if (value < 0) {
            if (q >= n || hasLineTerminator(line, q + 1, n)) {
                return null;
            }
            value = q;
        }
        if (!colonInside && !colonAfter) {
            return null;
        }
        SectionKind k = SectionKind.classify(line, 2, nameEnd);
        return k == null ? null : new Label(k, line.substring(2, nameEnd).strip(), value, true);
    }

    /**
     * Where the name that {@code PLAIN_WHOLE} captures ends, or -1 when it does not match with a name that is
     * not all blank. The pattern matches a line that, less one final colon, has none of its excluded
     * characters; its reluctant name is then that part less trailing blanks, and may be 60 code points long.
     */
    private static int plainWholeEnd(String line) {
        int end = line.endsWith(":") ? line.length() - 1 : line.length();
        int trimmed = end;
        while (trimmed > 0 && Source.isRegexSpace(line.charAt(trimmed - 1))) {
            trimmed--;
        }
        if (trimmed == 0 || moreCodePoints(line, 0, trimmed, 60)) {
            return -1;
        }
        for (int i = 0; i < end; i++) {
            char c = line.charAt(i);
            if (c < 0x80 && NOT_IN_WHOLE[c]) {
                return -1;
            }
        }
        return trimmed;
    }

    /**
     * The label when {@code PLAIN_LABEL} matches the line and its name is a section's with a letter in it;
     * else null. The name {@code [^:*_`\[\]()<>|]{1,50}?} cannot pass the first colon, and as it is reluctant
     * it ends before the blanks that precede the colon (but holds one character at least); after the colon
     * {@code \s+} needs a blank, and the value starts at the first character that is not one; its
     * {@code .*} takes no line terminator.
     */
    private static Label plainLabel(String line) {
        int n = line.length();
        int colon = line.indexOf(':');
        if (colon < 1 || colon + 1 >= n || !Source.isRegexSpace(line.charAt(colon + 1))) {
            return null;
        }
        int nameEnd = colon;
        while (nameEnd > 0 && Source.isRegexSpace(line.charAt(nameEnd - 1))) {
            nameEnd--;
        }
        nameEnd = Math.max(nameEnd, 1);
        if (moreCodePoints(line, 0, nameEnd, 50)) {
            return null;
        }
        for (int i = 0; i < colon; i++) {
            char c = line.charAt(i);
            if (c < 0x80 && NOT_IN_LABEL[c]) {
                return null;
            }
        }
        int value = colon + 1;
        while (value < n && Source.isRegexSpace(line.charAt(value))) {
            value++;
        }
        if (value >= n || hasLineTerminator(line, value + 1, n) || !hasLetters(line, 0, nameEnd)) {
            return null;
        }
        SectionKind k = SectionKind.classify(line, 0, nameEnd);
        return k == null ? null : new Label(k, line.substring(0, nameEnd).strip(), value, false);
    }

    /** The ASCII characters {@code PLAIN_WHOLE}'s name excludes: {@code : * _ ` [ ] < > |}. */
    private static final boolean[] NOT_IN_WHOLE = asciiSet(":*_`[]<>|");
    /** The ASCII characters {@code PLAIN_LABEL}'s name excludes: {@code : * _ ` [ ] ( ) < > |}. */
    private static final boolean[] NOT_IN_LABEL = asciiSet(":*_`[]()<>|");

    /** A table of the given ASCII characters. */
    private static boolean[] asciiSet(String chars) {
        boolean[] set = new boolean[0x80];
        for (int i = 0; i < chars.length(); i++) {
            set[chars.charAt(i)] = true;
        }
        return set;
    }

    /** Whether {@code s[from, to)} holds a character that {@code .} does not match: {@code \n \r \u0085 \u2028 \u2029}. */
    private static boolean hasLineTerminator(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code s[from, to)} holds more than {@code max} code points; without counting them when it has
     * more than twice as many chars (a code point takes two at most) or no more than that many.
     */
    private static boolean moreCodePoints(String s, int from, int to, int max) {
        int chars = to - from;
        return chars > max && (chars > 2 * max || s.codePointCount(from, to) > max);
    }


    /** Whether {@code s[from, to)} holds a letter (of any script). */
    private static boolean hasLetters(String s, int from, int to) {
        for (int i = from; i < to; ) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                    return true;
                }
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
