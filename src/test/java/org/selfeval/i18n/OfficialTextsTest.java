package org.selfeval.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.selfeval.scoring.Profile;
import org.selfeval.scoring.ProfileCatalog;

/** The form's official texts: as printed in Chinese, translated in English, the officer's own left as they are. */
class OfficialTextsTest {

    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef]");
    private final Messages chinese = Messages.chinese();
    private final Messages english = Messages.forLocale(Locale.ENGLISH);

    @Test
    void chineseSaysThemAsPrinted() {
        assertEquals("产出指标", chinese.official("产出指标"));
        assertEquals("其中:本年一般公共预算拨款", chinese.official("其中:本年一般公共预算拨款", "fundsLine.CURRENT_YEAR"),
                "the edition's own words for the row, not the generic ones");
        assertEquals("项目资金（万元）", chinese.get("editor.funds.caption", new Messages.Official("万元")));
    }

    @Test
    void englishTranslatesTheBuiltInOnesAndKeepsTheOfficersOwn() {
        assertEquals("Output", english.official("产出指标"));
        assertEquals("Project funds (10,000 yuan)", english.get("editor.funds.caption", new Messages.Official("万元")));
        assertEquals("其它指标", english.official("其它指标"), "a name of the officer's own is data");
        assertEquals(english.get("fundsLine.CURRENT_YEAR"),
                english.official("其中:本年一般公共预算拨款", "fundsLine.CURRENT_YEAR"), "a row said by its role");
    }

    @Test
    void everyBuiltInEditionReadsInEnglish() {
        List<String> left = new ArrayList<>();
        for (Profile p : ProfileCatalog.builtIn().all()) {
            List<String> texts = new ArrayList<>(List.of(p.name(), p.title(), p.amountUnit()));
            p.levels().forEach(level -> {
                texts.add(level.name());
                texts.addAll(level.secondLevels());
            });
            for (String text : texts) {
                String said = english.official(text);
                if (CJK.matcher(said).find()) {
                    left.add(p.id() + ": " + said);
                }
            }
        }
        assertEquals(List.of(), left);
    }
}
