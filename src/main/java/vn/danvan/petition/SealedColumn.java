package vn.danvan.petition;

import java.util.regex.Pattern;

/**
 * A column whose values are sealed by the petition module's identity vault ({@code bytea}), in a table with a
 * {@code bigint} key. When the identity key is rotated, {@link IdentityKeyRotation} re-seals every value of every
 * such column with the new key. A module that stores sealed values declares its column as a bean:
 * <pre>{@code
 * @Bean
 * SealedColumn sealedVisitIdentity() {
 *     return new SealedColumn("reception.visit", "id", "identity_ciphertext");
 * }
 * }</pre>
 *
 * @param table the table, with its schema
 * @param key its {@code bigint} key column
 * @param column the sealed {@code bytea} column (nulls are left alone)
 */
public record SealedColumn(String table, String key, String column) {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    public SealedColumn {
        String[] parts = table.split("\\.", -1);
        if (parts.length > 2
                || !java.util.Arrays.stream(parts).allMatch(p -> NAME.matcher(p).matches())
                || !NAME.matcher(key).matches()
                || !NAME.matcher(column).matches()) {
            throw new IllegalArgumentException("Not a plain SQL name: " + table + "." + key + "/" + column);
        }
    }

    @Override
    public String toString() {
        return table + "." + column;
    }
}
