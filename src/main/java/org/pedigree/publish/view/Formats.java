package org.pedigree.publish.view;

import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;

import org.pedigree.model.DatasetUse;

/**
 * The few formatting rules the page templates need beyond plain Java: a share as a whole
 * percentage, a value made safe as one query-string parameter of a link, a dataset's use in words.
 * Templates cannot call static methods, so {@link Pages} gives them one instance as {@code fmt}
 * ({@code ${fmt.percent(completeness.score())}}); its methods are public for the expression language.
 */
public final class Formats {
    private static final NumberFormat PERCENT = NumberFormat.getPercentInstance(Locale.ENGLISH);
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    static {
        PERCENT.setMinimumFractionDigits(0);
        PERCENT.setMaximumFractionDigits(0);
        PERCENT.setMinimumIntegerDigits(1);
    }

    Formats() {}

    /** A share (0.5) as a whole percentage in English ("50%"), rounded half to even. */
    public String percent(double share) {
        // NumberFormat is not thread-safe: each call formats with its own copy.
        return ((NumberFormat) PERCENT.clone()).format(share);
    }

    /**
     * A value percent-encoded (UTF-8) as one query parameter: RFC 3986 unreserved characters,
     * sub-delimiters and {@code : @ / ?} stay as they are, except {@code & = + #}, which would end or
     * change the parameter.
     */
    public String queryParam(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (keeps(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(value.length() + 16).append(value, 0, i);
            }
            int end = Character.isHighSurrogate(c) && i + 1 < value.length() ? i + 2 : i + 1;
            for (byte b : value.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
            i = end - 1;
        }
        return out == null ? value : out.toString();
    }

    /** How a dataset was used, in words: its role's short name and its revision ("finetuning, revision 2025-12"); empty when neither is known. */
    public String usage(DatasetUse use) {
        String role = use.role() == null ? null : use.role().substring(Math.max(use.role().lastIndexOf('/'), use.role().lastIndexOf('#')) + 1);
        String revision = use.revision() == null ? null : "revision " + use.revision();
        return role != null && revision != null ? role + ", " + revision : role != null ? role : revision != null ? revision : "";
    }

    private static boolean keeps(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || "-._~!$'()*,;:@/?".indexOf(c) >= 0;
    }
}
