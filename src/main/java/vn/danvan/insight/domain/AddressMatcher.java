package vn.danvan.insight.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.VietnameseText;

/**
 * Finds the commune an address names ("kiệt 45 Nguyễn Huệ, P. Thuận Hoá, TP Huế"), ignoring case, diacritics and
 * where the tone mark sits. A province named in the text narrows the communes; a unit closed by the 2025 merger is
 * read as the unit that succeeded it. An address that names no commune, or several equally well, is not placed.
 */
public final class AddressMatcher {

    /**
     * A unit by name. {@code currentCode} is the code today: the unit's own, or its single successor's for a
     * former unit (null when it was split among several). {@code provinceCode} is the current province.
     */
    public record NamedUnit(
            String name,
            String fullName,
            @Nullable String currentCode,
            @Nullable String provinceCode) {}

    private record Folded(
            String name,
            String fullName,
            String abbreviated,
            @Nullable String currentCode,
            @Nullable String provinceCode) {}

    private final List<Folded> provinces;
    private final List<Folded> communes;

    public AddressMatcher(List<NamedUnit> provinces, List<NamedUnit> communes) {
        this.provinces = provinces.stream().map(AddressMatcher::folded).toList();
        this.communes = communes.stream().map(AddressMatcher::folded).toList();
    }

    public Optional<String> communeOf(String address) {
        String text = " " + words(address) + " ";
        Set<String> provincesNamed = new HashSet<>();
        for (Folded province : provinces) {
            if (province.currentCode() != null && (names(text, province.fullName()) || names(text, province.name()))) {
                provincesNamed.add(province.currentCode());
            }
        }
        int best = 0;
        Set<String> found = new HashSet<>();
        for (Folded commune : communes) {
            if (!provincesNamed.isEmpty() && !provincesNamed.contains(commune.provinceCode())) {
                continue;
            }
            // The full name ("phuong thuan hoa") says more than the abbreviated ("p thuan hoa"), which says more
            // than the bare name ("thuan hoa"); a longer name more than a shorter one it contains. A bare name is
            // read only inside a province the text names: alone it is too often a street ("Nguyễn Huệ").
            int score = names(text, commune.fullName())
                    ? 2000 + commune.fullName().length()
                    : names(text, commune.abbreviated())
                            ? 1000 + commune.abbreviated().length()
                            : !provincesNamed.isEmpty() && names(text, commune.name())
                                    ? commune.name().length()
                                    : 0;
            if (score == 0 || score < best) {
                continue;
            }
            if (score > best) {
                best = score;
                found.clear();
            }
            found.add(commune.currentCode() == null ? "?" : commune.currentCode());
        }
        return found.size() == 1 && !found.contains("?")
                ? Optional.of(found.iterator().next())
                : Optional.empty();
    }

    private static boolean names(String text, String name) {
        return !name.isEmpty() && text.contains(" " + name + " ");
    }

    private static Folded folded(NamedUnit unit) {
        String name = words(unit.name());
        String full = words(unit.fullName());
        String kind = full.endsWith(" " + name) ? full.substring(0, full.length() - name.length() - 1) : "";
        // "phuong" → "p", "xa" → "x", "dac khu" → "dk", "thanh pho" → "tp"
        String initials = java.util.Arrays.stream(kind.split(" "))
                .filter(word -> !word.isEmpty())
                .map(word -> word.substring(0, 1))
                .collect(java.util.stream.Collectors.joining());
        String abbreviated = initials.isEmpty() ? "" : initials + " " + name;
        return new Folded(name, full, abbreviated, unit.currentCode(), unit.provinceCode());
    }

    /** Folded, with punctuation as spaces: "P.Thuận Hoá," → "p thuan hoa". */
    static String words(String text) {
        return VietnameseText.fold(VietnameseText.fold(text).replaceAll("[^a-z0-9]+", " "));
    }
}
