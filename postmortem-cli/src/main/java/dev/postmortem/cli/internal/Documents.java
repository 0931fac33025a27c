package dev.postmortem.cli.internal;

import dev.postmortem.core.Diagnostic;
import dev.postmortem.core.Postmortem;
import dev.postmortem.core.validation.PostmortemValidator;
import dev.postmortem.core.validation.Rule;
import dev.postmortem.json.PostmortemJson;
import dev.postmortem.json.PostmortemJsonException;
import dev.postmortem.markdown.EditResult;
import dev.postmortem.markdown.ParseResult;
import dev.postmortem.markdown.PostmortemEditor;
import dev.postmortem.markdown.PostmortemParseException;
import dev.postmortem.markdown.PostmortemParser;
import dev.postmortem.markdown.PostmortemRenderer;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads, checks and writes postmortem files for the commands; thread-safe. */
final class Documents {

    /** Built on first use, so that a run over Markdown files never starts Jackson. */
    private static final class Json {
        static final PostmortemJson PRETTY = PostmortemJson.create();
        static final PostmortemJson COMPACT = PostmortemJson.builder().pretty(false).build();
    }

    /** Built on first use, so that check, which never renders or edits, does not load them. */
    private static final class Markdown {
        static final PostmortemRenderer RENDERER = PostmortemRenderer.builder().build();
        static final PostmortemEditor EDITOR = PostmortemEditor.builder().build(); // default parser, as the field below
    }

    private static final Comparator<Diagnostic> BY_POSITION = new ByPosition();

    /**
     * Line, column, path, rule id. A class rather than a chain of lambdas: each lambda is a class
     * generated at run time, and the command's start-up makes a dozen fewer.
     */
    private static final class ByPosition implements Comparator<Diagnostic> {
        @Override
        public int compare(Diagnostic a, Diagnostic b) {
            int c = Integer.compare(line(a), line(b));
            if (c == 0) {
                c = Integer.compare(column(a), column(b));
            }
            if (c == 0) {
                c = a.path().compareTo(b.path());
            }
            return c != 0 ? c : a.ruleId().compareTo(b.ruleId());
        }

        private static int line(Diagnostic d) {
            return d.position() == null ? 0 : d.position().line();
        }

        private static int column(Diagnostic d) {
            return d.position() == null ? 0 : d.position().column();
        }
    }

    private final PostmortemParser parser = PostmortemParser.builder().build();
    private final PostmortemValidator.Builder validatorBuilder;
    private PostmortemValidator validator;
    private final Set<String> disabled;

    /**
     * @param disabledRules rule ids to leave out of check's findings, validation and parser rules alike
     */
    Documents(Collection<String> disabledRules) {
        PostmortemValidator.Builder builder = PostmortemValidator.builder();
        Set<String> validationIds = new HashSet<>();
        for (Rule r : Rule.values()) {
            validationIds.add(r.id());
        }
        for (String id : disabledRules) {
            if (validationIds.contains(id)) {
                builder.disable(id);
            } else if (!ParseResult.RULE_IDS.contains(id)) {
                List<String> known = new ArrayList<>(validationIds.size() + ParseResult.RULE_IDS.size());
                for (Rule r : Rule.values()) {
                    known.add(r.id());
                }
                known.addAll(ParseResult.RULE_IDS);
                throw new IllegalArgumentException("unknown rule id '" + id + "', known ids: " + String.join(", ", known));
            }
        }
        // Built on first use. The postmortem process starts Hibernate Validator on the other core from
        // its first moment (Warmup), so that this finds the factory ready or nearly so.
        this.validatorBuilder = builder;
        this.disabled = Set.copyOf(disabledRules);
    }

    /** Reports only: never validates, so never starts the validator. */
    static Documents forReading() {
        return new Documents();
    }

    private Documents() {
        this.validatorBuilder = null;
        this.disabled = Set.of();
    }

    private synchronized PostmortemValidator validator() {
        if (validator == null) {
            validator = validatorBuilder.build();
        }
        return validator;
    }

    /** Checks every file; one report per file, in order. */
    List<FileReport> checkAll(List<Path> files, Format forced) {
        List<FileReport> out = new ArrayList<>(files.size());
        for (Path f : files) {
            out.add(check(f, forced));
        }
        return out;
    }

    /** Reads a file (format by extension) for stats; validation is not run. */
    FileReport read(Path file) {
        try {
            return new FileReport(file.toString(), read(file, null), List.of(), null);
        } catch (DocumentException e) {
            return FileReport.failed(file.toString(), reason(e));
        }
    }

    FileReport check(Path file, Format forced) {
        String name = file.toString();
        Format format;
        String text;
        try {
            format = formatOf(file, forced);
            text = readText(file);
        } catch (DocumentException e) {
            return FileReport.failed(name, reason(e));
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        Postmortem postmortem;
        if (format == Format.MD) {
            try {
                ParseResult result = parser.parse(text);
                postmortem = result.postmortem();
                diagnostics.addAll(result.validate(validator()));
            } catch (PostmortemParseException e) {
                return FileReport.failed(name, PostmortemCommand.oneLine(e));
            }
        } else {
            try {
                postmortem = Json.PRETTY.read(text);
            } catch (PostmortemJsonException e) {
                return FileReport.failed(name, PostmortemCommand.oneLine(e));
            }
            diagnostics.addAll(validator().validate(postmortem));
        }
        if (!disabled.isEmpty()) {
            diagnostics.removeIf(d -> disabled.contains(d.ruleId()));
        }
        diagnostics.sort(BY_POSITION);
        return new FileReport(name, postmortem, diagnostics, null);
    }

    /** Reads a file as a model; the exception's message is one line naming the file. */
    Postmortem read(Path file, Format forced) throws DocumentException {
        Format format = formatOf(file, forced);
        String text = readText(file);
        try {
            return format == Format.MD ? parser.parse(text).postmortem() : Json.PRETTY.read(text);
        } catch (PostmortemParseException | PostmortemJsonException e) {
            throw new DocumentException(file + ": error: " + PostmortemCommand.oneLine(e), e);
        }
    }

    /**
     * Parses a Markdown file exactly as it is (a byte-order mark kept), for edits that must keep its
     * text; the exception's message is one line naming the file.
     */
    ParseResult parseExact(Path file) throws DocumentException {
        String text = readText(file, true);
        try {
            return parser.parse(text);
        } catch (PostmortemParseException e) {
            throw new DocumentException(file + ": error: " + PostmortemCommand.oneLine(e), e);
        }
    }

    /** Writes an edited model into the document it was parsed from. */
    EditResult edit(ParseResult original, Postmortem edited) {
        return Markdown.EDITOR.apply(original, edited);
    }

    /** The parser's and the validator's findings of a parsed document, located. */
    List<Diagnostic> findings(ParseResult result) {
        return result.validate(validator());
    }

    String write(Postmortem postmortem, Format to, boolean pretty) {
        if (to == Format.MD) {
            return Markdown.RENDERER.render(postmortem);
        }
        return pretty ? Json.PRETTY.write(postmortem) : Json.COMPACT.write(postmortem) + "\n";
    }

    private static Format formatOf(Path file, Format forced) throws DocumentException {
        if (forced != null) {
            return forced;
        }
        Format f = Format.ofFile(file);
        if (f == null) {
            throw new DocumentException(file + ": error: cannot tell the format from the file name; "
                    + "name it .md or .json, or pass --from md|json", null);
        }
        return f;
    }

    private static String readText(Path file) throws DocumentException {
        return readText(file, false);
    }

    private static String readText(Path file, boolean keepByteOrderMark) throws DocumentException {
        try {
            if (Files.isDirectory(file)) {
                throw new DocumentException(file + ": error: is a folder with no postmortem files", null);
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
            // A byte-order mark is not text; editors on Windows write one.
            return text.startsWith("\uFEFF") && !keepByteOrderMark ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw new DocumentException(file + ": error: no such file", e);
        } catch (AccessDeniedException e) {
            throw new DocumentException(file + ": error: permission denied", e);
        } catch (CharacterCodingException e) {
            throw new DocumentException(file + ": error: not UTF-8 text", e);
        } catch (IOException e) {
            throw new DocumentException(file + ": error: cannot read: " + PostmortemCommand.oneLine(e), e);
        }
    }

    private static String reason(DocumentException e) {
        String m = e.getMessage();
        int i = m.indexOf(": error: ");
        return i >= 0 ? m.substring(i + 9) : m;
    }
}
