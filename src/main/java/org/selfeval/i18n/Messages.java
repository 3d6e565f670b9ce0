package org.selfeval.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The user-visible text of SelfEval, from the {@code messages} resource bundle: Chinese (the base bundle)
 * unless English is asked for. Passed to whoever shows text; there is no global instance.
 */
public final class Messages {

    public static final String BUNDLE = "org.selfeval.i18n.messages";

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
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
            }
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(filled);
    }

    /** An argument that is itself a message, said in the same language as the message around it. */
    public record Phrase(String key, Object... args) {
    }
}
