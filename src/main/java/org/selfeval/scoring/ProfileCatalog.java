package org.selfeval.scoring;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The editions of the form that ship with SelfEval, read from the {@code profiles.json} resource. */
public final class ProfileCatalog {

    /** The edition of the two reference forms, and of new forms unless the officer picks another. */
    public static final String DEFAULT_ID = "beijing-2021";

    private final List<Profile> profiles;

    private ProfileCatalog(List<Profile> profiles) {
        this.profiles = List.copyOf(profiles);
    }

    /** Reads the built-in editions. */
    public static ProfileCatalog builtIn() {
        return Holder.BUILT_IN;
    }

    /** Reads editions from a JSON array of profiles. */
    public static ProfileCatalog read(InputStream json) throws IOException {
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
        return new ProfileCatalog(Arrays.asList(mapper.readValue(json, Profile[].class)));
    }

    public List<Profile> all() {
        return profiles;
    }

    public Optional<Profile> find(String id) {
        return profiles.stream().filter(p -> p.id().equals(id)).findFirst();
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
                    throw new IllegalStateException("profiles.json is missing from the application");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
