package org.selfeval.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Reads and writes form files (docs/file-format.md) through one configured Jackson mapper. Reading refuses,
 * with a plain reason and never a half-read form: files that are not UTF-8 JSON, not ours, from a newer major
 * version, of the wrong shape, or beyond the size limits below. Writing is atomic and keeps a backup.
 */
public final class FormFiles {

    /** Larger files are refused before reading: a real form is a few tens of kilobytes. */
    public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;
    /**
     * The longest text of one cell: the most one Excel cell holds, so that every form that opens also exports.
     * A real goal text is a few thousand characters.
     */
    public static final int MAX_STRING_LENGTH = 32_767;
    /** The most indicator rows a form may have. */
    public static final int MAX_INDICATORS = 10_000;
    /** Nesting deeper than this is not a form. */
    public static final int MAX_NESTING_DEPTH = 20;
    /** Digits in one number. */
    public static final int MAX_NUMBER_LENGTH = 40;

    private final JsonMapper mapper;

    public FormFiles() {
        JsonFactory factory = new JsonFactoryBuilder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxDocumentLength(MAX_FILE_BYTES)
                        .build())
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                // Two values for one field: which one the officer meant is a guess, so the file is refused.
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        mapper = JsonMapper.builder(factory)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // "tier": 2 would silently pick the third tier by its position in the list.
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                // Newer minor versions may add fields: ignore what we do not know.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // The tree must keep 380.000000 as typed: amounts round-trip digit for digit.
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
                .build();
        // A number written as text ("351.59") or text written as a number is a wrong file, not a guess.
        for (LogicalType type : new LogicalType[] {LogicalType.Float, LogicalType.Integer, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }

    /**
     * Reads a form file: only a regular file, and never more than {@link #MAX_FILE_BYTES} of it. Every refusal
     * names the file.
     */
    public FormDocument read(Path file) throws FormReadException {
        try {
            RegularFiles.requireRegular(file);
            // Before the size: a workbook with pictures is not "too large to be a form" but no form at all.
            if (isWorkbook(file)) {
                throw new FormReadException("io.error.workbook", FileNames.shown(file));
            }
            return read(RegularFiles.read(file, MAX_FILE_BYTES));
        } catch (FormReadException e) {
            e.about(file);
            throw e;
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // Nothing was changed by reading: the window keeps the form open now, the command line says one line.
            FormReadException failed = new FormReadException(e, "io.error.readFailed", FileNames.shown(file),
                    LocalizedIOException.unexpected(e));
            failed.about(file);
            throw failed;
        }
    }

    private static boolean isWorkbook(Path file) throws FormReadException {
        try {
            return ExcelFiles.isWorkbook(file);
        } catch (IOException e) {
            throw RegularFiles.systemRefusal(e, file);
        }
    }

    /** Reads a form from the bytes of a file. */
    public FormDocument read(byte[] file) throws FormReadException {
        if (file.length > MAX_FILE_BYTES) {
            throw new FormReadException("io.error.tooLarge", RegularFiles.humanSize(MAX_FILE_BYTES));
        }
        byte[] bytes = withoutCutCharacter(file);
        requireUtf8Text(bytes);
        JsonNode tree = readTree(bytes);
        if (tree == null || tree.isMissingNode()) {
            throw new FormReadException("io.error.empty");
        }
        if (!tree.isObject() || !FormDocument.FORMAT.equals(tree.path("format").asText(null))
                || !tree.path("format").isTextual()) {
            throw new FormReadException("io.error.notSelfEval");
        }
        requireKnownMajor(tree.get("version"));
        JsonNode indicators = tree.path("indicators");
        if (indicators.isArray() && indicators.size() > MAX_INDICATORS) {
            throw new FormReadException("io.error.tooMany", indicators.size(), MAX_INDICATORS);
        }
        FormDocument doc;
        try {
            doc = mapper.treeToValue(tree, FormDocument.class);
        } catch (IOException e) {
            // Mapping the tree has no file positions; reading the bytes again gives the line and column.
            try {
                doc = mapper.readValue(bytes, FormDocument.class);
            } catch (IOException withPosition) {
                throw translate(withPosition);
            }
        }
        FormContentCheck.check(doc);
        return doc;
    }

    /**
     * Parses the JSON; the limits' exceptions carry no position, so it is taken from the parser itself: where the
     * value that passed a limit begins. (Where the parser was when it noticed depends on the size of the buffers
     * Jackson recycled from earlier reads, so the same file would be reported at different columns.)
     */
    private JsonNode readTree(byte[] bytes) throws FormReadException {
        try (JsonParser parser = mapper.createParser(bytes)) {
            try {
                return mapper.readTree(parser);
            } catch (StreamConstraintsException e) {
                JsonLocation at = parser.currentTokenLocation();
                throw new FormReadException(e, "io.error.limit", line(at), column(at), limitReason(e));
            } catch (NumberFormatException e) {
                // An exponent beyond any int (1e99999999999): Jackson lets the JDK's own exception through.
                JsonLocation at = parser.currentTokenLocation();
                throw new FormReadException(e, "io.error.notJson", line(at), column(at),
                        new LocalizedIOException.Phrase("io.error.json.number"));
            }
        } catch (IOException e) {
            if (e instanceof FormReadException fre) {
                throw fre;
            }
            throw translate(e);
        }
    }

    /** Which of the limits was passed, in the officer's words. */
    private static LocalizedIOException.Phrase limitReason(StreamConstraintsException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("nesting depth")) {
            return new LocalizedIOException.Phrase("io.error.limit.depth", MAX_NESTING_DEPTH);
        }
        if (message.startsWith("String value length") || message.startsWith("Name length")) {
            return new LocalizedIOException.Phrase("io.error.limit.string", MAX_STRING_LENGTH);
        }
        if (message.startsWith("Number value length") || message.contains("Number length")) {
            return new LocalizedIOException.Phrase("io.error.limit.number", MAX_NUMBER_LENGTH);
        }
        return new LocalizedIOException.Phrase("io.error.limit.document", RegularFiles.humanSize(MAX_FILE_BYTES));
    }

    /** The bytes of a form file: UTF-8 JSON, indented, ending with a newline. */
    public byte[] toBytes(FormDocument document) {
        try {
            byte[] json = mapper.writeValueAsBytes(document);
            byte[] withNewline = new byte[json.length + 1];
            System.arraycopy(json, 0, withNewline, 0, json.length);
            withNewline[json.length] = '\n';
            return withNewline;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a form document always serialises", e);
        }
    }

    /**
     * Saves a form atomically, keeping the previous version as {@code NAME.bak}; when it fails, the previous
     * file is intact and the exception says why in the officer's words.
     */
    public void write(Path file, FormDocument document) throws FormWriteException {
        try {
            // Never write a file that would be refused on opening (a text longer than a cell holds).
            FormContentCheck.check(document);
        } catch (FormReadException e) {
            throw new FormWriteException(e, "io.save.notSavable", e.describe(org.selfeval.i18n.Messages.chinese()));
        }
        byte[] bytes;
        try {
            bytes = toBytes(document);
        } catch (IllegalStateException e) { // what the content check let through and Jackson cannot write
            throw new FormWriteException(e, "io.save.contentFailed", file.toAbsolutePath().toString());
        } catch (OutOfMemoryError | StackOverflowError e) {
            throw new FormWriteException(e, "io.save.unexpected", file.toAbsolutePath().toString(),
                    LocalizedIOException.unexpected(e));
        }
        AtomicFiles.writeWithBackup(file, bytes);
    }

    /** The mapper, for other JSON this program writes (the command line's --json output). */
    public JsonMapper mapper() {
        return mapper;
    }

    private static final Pattern VERSION = Pattern.compile("(\\d{1,40})(\\.\\d{1,9}){0,3}");

    private static void requireKnownMajor(JsonNode version) throws FormReadException {
        if (version == null || version.isNull()) {
            throw new FormReadException("io.error.noVersion");
        }
        String text = version.isTextual() ? version.asText() : version.toString();
        if (version.isNumber()) { // "version": 1.0 — the file format writes it as text, "1.0"
            throw new FormReadException("io.error.versionNotText", shorten(text));
        }
        Matcher m = VERSION.matcher(text);
        if (!version.isTextual() || !m.matches()) {
            throw new FormReadException("io.error.badVersion", shorten(text));
        }
        BigInteger major = new BigInteger(m.group(1));
        if (major.compareTo(BigInteger.valueOf(FormDocument.MAJOR)) > 0) {
            throw new FormReadException("io.error.newerVersion", shorten(text), FormDocument.MAJOR);
        }
        if (major.signum() == 0) {
            throw new FormReadException("io.error.badVersion", text);
        }
    }

    /**
     * A file cut off in the middle of a character (a copy or a save that was interrupted) ends in the first bytes
     * of that character. They are left out, so that the file is reported as incomplete, where it ends, and not as
     * "not UTF-8", which would send the officer looking for an encoding problem.
     */
    static byte[] withoutCutCharacter(byte[] bytes) {
        int lead = bytes.length - 1;
        while (lead >= 0 && bytes.length - lead <= 3 && (bytes[lead] & 0xC0) == 0x80) {
            lead--; // continuation bytes of the last character
        }
        if (lead < 0) {
            return bytes;
        }
        int first = bytes[lead] & 0xFF;
        int length = first >= 0xC2 && first <= 0xDF ? 2 : first >= 0xE0 && first <= 0xEF ? 3
                : first >= 0xF0 && first <= 0xF4 ? 4 : 1;
        return bytes.length - lead < length ? Arrays.copyOf(bytes, lead) : bytes;
    }

    private static void requireUtf8Text(byte[] bytes) throws FormReadException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\u0000') >= 0) {
                throw new FormReadException("io.error.notUtf8");
            }
        } catch (CharacterCodingException e) {
            throw new FormReadException(e, "io.error.notUtf8");
        }
    }

    private static FormReadException translate(IOException e) {
        if (e instanceof StreamConstraintsException limit) {
            JsonLocation at = limit.getLocation();
            return new FormReadException(e, "io.error.limit", line(at), column(at), limitReason(limit));
        }
        if (e instanceof InputCoercionException || e.getCause() instanceof InputCoercionException) {
            JsonLocation at = ((JsonProcessingException) e).getLocation();
            return new FormReadException(e, "io.error.outOfRange", line(at), column(at));
        }
        if (e instanceof MismatchedInputException mismatch && shortReason(e).startsWith("Trailing token")) {
            JsonLocation at = mismatch.getLocation();
            return new FormReadException(e, "io.error.trailing", line(at), column(at));
        }
        if (e instanceof MismatchedInputException mismatch) {
            JsonLocation at = mismatch.getLocation();
            String path = mismatch.getPath().stream()
                    .map(ref -> ref.getFieldName() != null
                            ? "." + ref.getFieldName() : "[" + (ref.getIndex() + 1) + "]")
                    .collect(Collectors.joining());
            path = path.startsWith(".") ? path.substring(1) : path;
            LocalizedIOException.Phrase what = new LocalizedIOException.Phrase(
                    mismatch.getTargetType() == null ? "io.error.shape.missing" : "io.error.shape.type");
            return new FormReadException(e, "io.error.shape", line(at), column(at), path, what);
        }
        if (e instanceof JsonEOFException eof) {
            JsonLocation at = eof.getLocation();
            return new FormReadException(e, "io.error.truncated", line(at), column(at));
        }
        if (e instanceof JsonParseException || e instanceof JsonMappingException) {
            JsonLocation at = ((JsonProcessingException) e).getLocation();
            String reason = shortReason(e);
            if (reason.startsWith("Duplicate field")) {
                return new FormReadException(e, "io.error.duplicateField", line(at), column(at),
                        reason.replaceFirst("^Duplicate field '(.*)'$", "$1"));
            }
            if (reason.contains("Non-standard token")) {
                return new FormReadException(e, "io.error.nonNumeric", line(at), column(at));
            }
            return new FormReadException(e, "io.error.notJson", line(at), column(at), syntaxReason(reason));
        }
        return new FormReadException(e, "io.error.unreadableContent");
    }

    private static final Pattern UNEXPECTED =
            Pattern.compile("Unexpected character \\('(.{1,2})' \\(code.*", Pattern.DOTALL);
    private static final Pattern UNRECOGNIZED =
            Pattern.compile("Unrecognized token '([^']{0,30})[^']*'.*", Pattern.DOTALL);

    /** Jackson's reason for the commonest syntax errors in the officer's words; others as Jackson says them. */
    private static Object syntaxReason(String reason) {
        Matcher m = UNEXPECTED.matcher(reason);
        if (m.matches()) {
            return new LocalizedIOException.Phrase("io.error.json.unexpected", m.group(1));
        }
        m = UNRECOGNIZED.matcher(reason);
        if (m.matches()) {
            return new LocalizedIOException.Phrase("io.error.json.unrecognized", m.group(1));
        }
        if (reason.startsWith("Illegal unquoted character")) {
            return new LocalizedIOException.Phrase("io.error.json.control");
        }
        if (reason.startsWith("Unrecognized character escape")) {
            return new LocalizedIOException.Phrase("io.error.json.escape");
        }
        if (reason.startsWith("Invalid numeric value")) {
            return new LocalizedIOException.Phrase("io.error.json.number");
        }
        // Jackson's own words are English and name its internals: the place is said, the reason plainly.
        return new LocalizedIOException.Phrase("io.error.json.other");
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static String shortReason(IOException e) {
        String message = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
        if (message == null) {
            return "";
        }
        int cut = message.indexOf('\n');
        String first = cut < 0 ? message : message.substring(0, cut);
        return first.length() > 120 ? first.substring(0, 120) + "…" : first;
    }

    /** A line number as digits only: a message format would print 12345 as "12,345". */
    private static String line(JsonLocation at) {
        return String.valueOf(at == null ? 0 : at.getLineNr());
    }

    private static String column(JsonLocation at) {
        return String.valueOf(at == null ? 0 : at.getColumnNr());
    }

}
