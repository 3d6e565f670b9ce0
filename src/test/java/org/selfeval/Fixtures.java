package org.selfeval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.selfeval.io.FormDocument;
import org.selfeval.io.FormFiles;
import org.selfeval.io.FormMapper;
import org.selfeval.model.FormModel;
import org.selfeval.scoring.ProfileCatalog;

/** The two reference forms, transcribed from the published PDFs, as test fixtures. */
public final class Fixtures {

    public static final String FORM_2021 = "/forms/reference-2021.json";
    public static final String FORM_2022 = "/forms/reference-2022.json";

    private Fixtures() {
    }

    public static byte[] bytes(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static FormDocument document(String resource) {
        try {
            return new FormFiles().read(bytes(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static FormModel model(String resource) {
        return new FormMapper(ProfileCatalog.builtIn()).toModel(document(resource));
    }
}
