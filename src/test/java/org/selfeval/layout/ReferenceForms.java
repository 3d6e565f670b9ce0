package org.selfeval.layout;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.selfeval.io.FormFiles;
import org.selfeval.io.FormMapper;
import org.selfeval.model.FormModel;
import org.selfeval.scoring.ProfileCatalog;

/** Loads the two published reference forms (test resources) as models. */
public final class ReferenceForms {

    private ReferenceForms() {
    }

    public static Path path(String name) {
        try {
            return Path.of(ReferenceForms.class.getResource("/forms/" + name + ".json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static FormModel load(String name) throws Exception {
        return new FormMapper(ProfileCatalog.builtIn()).toModel(new FormFiles().read(path(name)));
    }
}
