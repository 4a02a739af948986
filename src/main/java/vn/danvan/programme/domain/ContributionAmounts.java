package vn.danvan.programme.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Amounts of money in VND and quantities of goods, read strictly from the ways Vietnamese people and bank exports
 * write them — "1234567", "1.234.567", "1,234,567 VND", "1.234.567đ", "1,234,567.00" — never through floating point.
 * The đồng has no minor unit: a fraction other than zeros is refused, as is a mix of separators, a group of other
 * than three digits, a sign, or more than 19 digits (numeric(19,0)).
 */
public final class ContributionAmounts {

    private static final Pattern SUFFIX = Pattern.compile("(?iu)\\s*(vnd|vnđ|đồng|đ|₫)$");
    private static final Pattern PLAIN = Pattern.compile("[0-9]{1,19}");
    private static final Pattern DOTS = Pattern.compile("[1-9][0-9]{0,2}(\\.[0-9]{3})+(,0{1,2})?");
    private static final Pattern COMMAS = Pattern.compile("[1-9][0-9]{0,2}(,[0-9]{3})+(\\.0{1,2})?");
    private static final Pattern PLAIN_WITH_ZERO_FRACTION = Pattern.compile("([0-9]{1,19})[.,]00?");
    /** Quantities: digits, an optional "." or "," decimal part of up to 3 digits (tấn, kg, thùng…). */
    private static final Pattern QUANTITY = Pattern.compile("([0-9]{1,16})(?:[.,]([0-9]{1,3}))?");

    private ContributionAmounts() {}

    /** The amount in VND, or {@code null} when the text is not one. Zero is an amount; callers refuse it. */
    public static @Nullable BigDecimal vnd(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String value = SUFFIX.matcher(text.strip()).replaceFirst("").strip();
        if (value.isEmpty()) {
            return null;
        }
        String digits;
        if (PLAIN.matcher(value).matches()) {
            digits = value;
        } else if (DOTS.matcher(value).matches()) {
            digits = value.replaceFirst(",0{1,2}$", "").replace(".", "");
        } else if (COMMAS.matcher(value).matches()) {
            digits = value.replaceFirst("\\.0{1,2}$", "").replace(",", "");
        } else {
            Matcher zeroFraction = PLAIN_WITH_ZERO_FRACTION.matcher(value);
            if (!zeroFraction.matches()) {
                return null;
            }
            digits = zeroFraction.group(1);
        }
        if (digits.length() > 19) {
            return null;
        }
        return new BigDecimal(digits);
    }

    /** A quantity of goods ("12,5" or "12.5" tấn), at most 3 decimals, or {@code null}. */
    public static @Nullable BigDecimal quantity(@Nullable String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = QUANTITY.matcher(text.strip());
        if (!matcher.matches()) {
            return null;
        }
        String fraction = matcher.group(2);
        return new BigDecimal(matcher.group(1) + (fraction == null ? "" : "." + fraction));
    }

    /** "12,5" — a quantity as Vietnamese readers write it. */
    public static String showQuantity(BigDecimal quantity) {
        return quantity.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** "1.234.567 ₫" — as the pages and notices show it. */
    public static String format(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,d", amount.toBigIntegerExact()).replace(',', '.') + " ₫";
    }
}
