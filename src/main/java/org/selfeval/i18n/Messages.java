package org.selfeval.i18n;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The user-visible text of SelfEval, from the {@code messages} resource bundle: Chinese (the base bundle)
 * unless English is asked for. Passed to whoever shows text; there is no global instance.
 */
public final class Messages {

    public static final String BUNDLE = "org.selfeval.i18n.messages";

    /** The keys whose text is one of the form's official texts, the prefix of each. */
    private static final String OFFICIAL = "official.";

    private final ResourceBundle bundle;
    /** Official text as the form prints it (Chinese) → its key; empty when this is the form's own language. */
    private final Map<String, String> officialKeys = new HashMap<>();

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
        if (!isFormLanguage()) {
            ResourceBundle form = ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String key : form.keySet()) {
                if (key.startsWith(OFFICIAL)) {
                    officialKeys.put(form.getString(key), key);
                }
            }
        }
    }

    /** Chinese text, whatever the machine's locale. */
    public static Messages chinese() {
        return forLocale(Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * Text for a locale: English for any English locale, Chinese otherwise. The base bundle is Chinese, and
     * no fallback to the machine's default locale is made, so a Chinese officer on an English Windows still
     * sees Chinese unless English is chosen.
     */
    public static Messages forLocale(Locale locale) {
        Locale wanted = Objects.requireNonNullElse(locale, Locale.SIMPLIFIED_CHINESE);
        return new Messages(ResourceBundle.getBundle(BUNDLE, wanted,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The bundle itself, for FXML loaders ({@code %key} in FXML). */
    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text for a key, with {@code {0}}-style arguments filled in. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key; // a missing translation shows its key rather than breaking a dialog
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] filled = args.clone();
        for (int i = 0; i < filled.length; i++) {
            if (filled[i] instanceof Phrase phrase) {
                filled[i] = get(phrase.key(), phrase.args()); // a word of the officer's language, e.g. 向下取整
            } else if (filled[i] instanceof Official official) {
                filled[i] = official(official.text(), official.fallbackKey());
            }
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(filled);
    }

    /**
     * Whether this is the language the form itself is written in (Chinese, the base bundle): its official texts
     * then show as printed.
     */
    public boolean isFormLanguage() {
        return bundle.getLocale().getLanguage().isEmpty();
    }

    /**
     * One of the form's official texts (a title, an 一级指标, a unit, an edition's name) as the window shows it: as
     * printed in the form's own language; in another, its translation when a built-in edition uses it (the
     * {@code official.*} keys), else the text itself, which is then the officer's own (an edition file's name).
     */
    public String official(String text) {
        return official(text, null);
    }

    /**
     * Like {@link #official(String)}, but an official text with no translation is said by {@code fallbackKey}: for
     * texts whose role is known whatever the words (a 项目资金 row is the year's total funds, whatever the province
     * calls it).
     */
    public String official(String text, String fallbackKey) {
        if (text == null || isFormLanguage()) {
            return text;
        }
        String key = officialKeys.get(text.strip());
        if (key != null) {
            return get(key);
        }
        return fallbackKey == null ? text : get(fallbackKey);
    }

    /** An argument that is itself a message, said in the same language as the message around it. */
    public record Phrase(String key, Object... args) {
    }

    /** An argument that is one of the form's official texts, said as the window shows it ({@link #official}). */
    public record Official(String text, String fallbackKey) {
        public Official(String text) {
            this(text, null);
        }
    }
}
