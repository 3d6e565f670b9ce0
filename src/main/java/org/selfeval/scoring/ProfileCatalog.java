package org.selfeval.scoring;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The editions (named presets of a form's rules) that ship with SelfEval, read from {@code profiles.json}. */
public final class ProfileCatalog {

    /** The edition of the two reference forms, and of new forms unless the officer picks another. */
    public static final String DEFAULT_ID = "beijing-2021";

    private final List<Profile> profiles;

    private ProfileCatalog(List<Profile> profiles) {
        this.profiles = List.copyOf(profiles);
    }

    /**
     * The built-in editions.
     *
     * @throws InvalidEditionException when the bundled {@code profiles.json} is broken
     */
    public static ProfileCatalog builtIn() {
        return Holder.BUILT_IN;
    }

    /** Reads editions from a JSON array of profiles; a broken array is refused with the source named. */
    public static ProfileCatalog read(InputStream json, String source) {
        try {
            return new ProfileCatalog(Arrays.asList(mapper().readValue(json, Profile[].class)));
        } catch (IOException e) {
            throw broken(source, e);
        }
    }

    /** The one configured mapper for editions: exact decimals, unknown fields refused, small files only. */
    static JsonMapper mapper() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(20).maxStringLength(10_000).maxNumberLength(40).build());
        return mapper;
    }

    /** Why an edition could not be read, as one line: where in the file, and what is wrong there. */
    static InvalidEditionException broken(String source, Exception e) {
        Throwable cause = e;
        String where = "";
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            where = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[") + ": ";
        }
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String detail = cause instanceof JacksonException j ? j.getOriginalMessage() : cause.getMessage();
        detail = String.valueOf(detail).lines().findFirst().orElse("");
        if (detail.length() > 160) {
            detail = detail.substring(0, 160) + "…";
        }
        return new InvalidEditionException("edition.error.broken", source, where + detail);
    }

    public List<Profile> all() {
        return profiles;
    }

    public Optional<Profile> find(String id) {
        return profiles.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * The preset of that id.
     *
     * @throws InvalidEditionException for an id no preset has
     */
    public Profile require(String id) {
        return find(id).orElseThrow(() -> new InvalidEditionException("edition.error.unknown",
                id.length() > 40 ? id.substring(0, 40) + "…" : id,
                profiles.stream().map(Profile::id).collect(Collectors.joining(", "))));
    }

    public Profile defaultProfile() {
        return find(DEFAULT_ID).orElseThrow();
    }

    /** Loaded on first use, once: the catalog is constant data. */
    private static final class Holder {
        static final ProfileCatalog BUILT_IN = load();

        private static ProfileCatalog load() {
            try (InputStream in = ProfileCatalog.class.getResourceAsStream("profiles.json")) {
                if (in == null) {
                    throw new InvalidEditionException("edition.error.broken", "profiles.json", "missing");
                }
                ProfileCatalog catalog = read(in, "profiles.json");
                if (catalog.find(DEFAULT_ID).isEmpty()) {
                    throw new InvalidEditionException("edition.error.broken", "profiles.json", DEFAULT_ID);
                }
                return catalog;
            } catch (IOException e) {
                throw broken("profiles.json", e);
            }
        }
    }
}
