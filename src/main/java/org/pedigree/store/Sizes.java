package org.pedigree.store;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes in bytes, read from and written as words: {@code 512m}, {@code 2g}, {@code 1.5 GB}. */
public final class Sizes {
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)i?b?", Pattern.CASE_INSENSITIVE);

    private Sizes() {}

    /**
     * Parses {@code 123}, {@code 100k}, {@code 512m}, {@code 2g}, {@code 1t} (binary units; a
     * trailing {@code b} or {@code ib} is allowed).
     *
     * @throws IllegalArgumentException when the text is not such a size
     */
    public static long parse(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a size such as 512m, 2g or 1073741824");
        }
        int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            case "t" -> 40;
            default -> 0;
        };
        return (long) (Double.parseDouble(m.group(1)) * (1L << shift));
    }

    /** A size for people: {@code 980 B}, {@code 12.3 MB}, {@code 1.5 GB} (binary units). */
    public static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
