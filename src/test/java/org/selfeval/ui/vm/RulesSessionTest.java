package org.selfeval.ui.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormFiles;
import org.selfeval.io.FormMapper;
import org.selfeval.scoring.ProfileCatalog;
import org.selfeval.scoring.Rounding;

/** 版式与评分规则… through the session: one undoable step, nothing on cancel, own rules survive a save. */
class RulesSessionTest {

    @TempDir
    Path dir;

    private final ProfileCatalog catalog = ProfileCatalog.builtIn();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final DocumentSession session = new DocumentSession(catalog, Messages.chinese(), dialogs,
            new MemorySettings(), Debouncer.immediate());

    @Test
    void cancelledChangesNothingAndChosenRulesAreOneStepThatSurvivesSaveAndOpen() throws Exception {
        Path file = Files.copy(Forms.reference(2021), dir.resolve("form.json"));
        assertTrue(session.open(file));
        assertEquals(0, new BigDecimal("95.43").compareTo(session.document().form().getTotal()));
        dialogs.rulesAnswer = null;
        assertFalse(session.editRules());
        assertFalse(session.isDirty());

        dialogs.rulesAnswer = session.document().profile()
                .withRounding(new Rounding.Rules(Rounding.CENTS, new Rounding(0, Rounding.Mode.DOWN), Rounding.CENTS))
                .withIdentity("bureau-2023", "某市财政局 2023");
        assertTrue(session.editRules());
        assertEquals(0, new BigDecimal("95").compareTo(session.document().form().getTotal()), "6.43 rounded down: 6");
        assertTrue(session.isDirty());
        session.document().stack().undo();
        assertEquals(0, new BigDecimal("95.43").compareTo(session.document().form().getTotal()));
        assertFalse(session.isDirty());
        session.document().stack().redo();

        new FormFiles().write(file, new FormMapper(catalog).toDocument(session.document().form()));
        DocumentSession again = new DocumentSession(catalog, Messages.chinese(), dialogs, new MemorySettings(),
                Debouncer.immediate());
        assertTrue(again.open(file), "an edition id no preset has opens with the rules the file holds");
        assertEquals("bureau-2023", again.document().profile().id());
        assertEquals(0, new BigDecimal("95").compareTo(again.document().form().getTotal()));
    }
}
