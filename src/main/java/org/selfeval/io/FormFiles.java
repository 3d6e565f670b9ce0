package org.selfeval.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
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
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
    /** The longest text of one cell: a real goal text is a few thousand characters. */
    public static final int MAX_STRING_LENGTH = 200_000;
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
                .build();
        mapper = JsonMapper.builder(factory)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // Newer minor versions may add fields: ignore what we do not know.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
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

    /** Reads a form file. */
    public FormDocument read(Path file) throws FormReadException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new FormReadException("io.error.tooLarge", humanSize(size));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new FormReadException(e, "io.error.notFound", file.toString());
        } catch (IOException e) {
            if (e instanceof FormReadException fre) {
                throw fre;
            }
            throw new FormReadException(e, "io.error.unreadable", file.toString(), String.valueOf(e.getMessage()));
        }
        return read(bytes);
    }

    /** Reads a form from the bytes of a file. */
    public FormDocument read(byte[] bytes) throws FormReadException {
        if (bytes.length > MAX_FILE_BYTES) {
            throw new FormReadException("io.error.tooLarge", humanSize(bytes.length));
        }
        requireUtf8Text(bytes);
        JsonNode tree;
        try {
            tree = mapper.readTree(bytes);
        } catch (IOException e) {
            throw translate(e);
        }
        if (tree == null || !tree.isObject() || !FormDocument.FORMAT.equals(tree.path("format").asText(null))) {
            throw new FormReadException("io.error.notSelfEval");
        }
        requireKnownMajor(tree.path("version").asText(""));
        JsonNode indicators = tree.path("indicators");
        if (indicators.isArray() && indicators.size() > MAX_INDICATORS) {
            throw new FormReadException("io.error.tooMany", indicators.size(), MAX_INDICATORS);
        }
        try {
            return mapper.readValue(bytes, FormDocument.class);
        } catch (IOException e) {
            throw translate(e);
        }
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

    /** Saves a form atomically, keeping the previous version as {@code NAME.bak}. */
    public void write(Path file, FormDocument document) throws IOException {
        AtomicFiles.writeWithBackup(file, toBytes(document));
    }

    /** The mapper, for other JSON this program writes (the command line's --json output). */
    public JsonMapper mapper() {
        return mapper;
    }

    private static void requireKnownMajor(String version) throws FormReadException {
        String[] parts = version.split("\\.", -1);
        int major;
        try {
            major = Integer.parseInt(parts[0]);
        } catch (NumberFormatException e) {
            throw new FormReadException("io.error.badVersion", version);
        }
        if (major > FormDocument.MAJOR) {
            throw new FormReadException("io.error.newerVersion", version, FormDocument.MAJOR);
        }
        if (major < 1) {
            throw new FormReadException("io.error.badVersion", version);
        }
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
        if (e instanceof StreamConstraintsException) {
            JsonLocation at = ((JsonProcessingException) e).getLocation();
            return new FormReadException(e, "io.error.limit", line(at), column(at), shortReason(e));
        }
        if (e instanceof MismatchedInputException mismatch) {
            JsonLocation at = mismatch.getLocation();
            String path = mismatch.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + (ref.getIndex() + 1) + "]")
                    .collect(Collectors.joining("."));
            String what = mismatch.getTargetType() == null ? "io.error.shape.missing" : "io.error.shape.type";
            return new FormReadException(e, "io.error.shape", line(at), column(at), path, what);
        }
        if (e instanceof JsonParseException || e instanceof JsonMappingException) {
            JsonLocation at = ((JsonProcessingException) e).getLocation();
            return new FormReadException(e, "io.error.notJson", line(at), column(at), shortReason(e));
        }
        return new FormReadException(e, "io.error.unreadable", "", String.valueOf(e.getMessage()));
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

    private static int line(JsonLocation at) {
        return at == null ? 0 : at.getLineNr();
    }

    private static int column(JsonLocation at) {
        return at == null ? 0 : at.getColumnNr();
    }

    private static String humanSize(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : (bytes / 1024) + " KB";
    }
}
