package org.selfeval.scoring;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Edition files: one form's rules saved to hand out (a finance bureau's preset) and loaded into another form.
 * A file that cannot be used is refused as a whole with one {@link InvalidEditionException}; nothing is guessed.
 */
public final class EditionFiles {

    /** The value of {@code format} that marks an edition file. */
    public static final String FORMAT = "selfeval.edition";
    /** The version written; files of a higher major version are refused. */
    public static final String VERSION = "1.0";
    /** Larger files are not edition files. */
    public static final long MAX_BYTES = 256 * 1024;

    /** The file as data. */
    @JsonPropertyOrder({"format", "version", "edition"})
    record EditionFile(String format, String version, Profile edition) {
    }

    /** Reads the rules in an edition file. */
    public Profile read(Path file) {
        String source = String.valueOf(file.getFileName());
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InvalidEditionException("edition.error.tooLarge", source, MAX_BYTES / 1024);
            }
            EditionFile read;
            try (InputStream in = Files.newInputStream(file)) {
                read = ProfileCatalog.mapper().readValue(in, EditionFile.class);
            }
            if (read == null || !FORMAT.equals(read.format()) || read.edition() == null) {
                throw new InvalidEditionException("edition.error.notEdition", source);
            }
            if (read.version() == null || !read.version().startsWith("1.")) {
                throw new InvalidEditionException("edition.error.version", source, String.valueOf(read.version()));
            }
            return read.edition();
        } catch (IOException e) {
            throw ProfileCatalog.broken(source, e);
        }
    }

    /** Writes {@code rules} as an edition file. */
    public void write(Profile rules, Path file) throws IOException {
        byte[] json = ProfileCatalog.mapper().writeValueAsBytes(new EditionFile(FORMAT, VERSION, rules));
        Files.write(file, json);
    }
}
