package org.selfeval.xlsx;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Rewrites the committed corpus of bad workbooks; a tool, not a test (its name keeps it out of the normal run):
 * {@code mvn -B -q -Dtest=BadXlsxCorpusWriter -Dbadxlsx.write=src/test/resources/bad-xlsx test}.
 * {@link BadXlsxFilesTest} checks that what it makes still matches the committed files' expectations.
 */
class BadXlsxCorpusWriter {

    @Test
    @EnabledIfSystemProperty(named = "badxlsx.write", matches = ".+")
    void writeCorpus() throws Exception {
        BadWorkbooks.writeSmallCorpus(Path.of(System.getProperty("badxlsx.write")));
    }
}
