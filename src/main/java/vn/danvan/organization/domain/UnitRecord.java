package vn.danvan.organization.domain;

import org.jspecify.annotations.Nullable;

/** All the columns of an administrative unit that an import reads, in their stored (NFC) form. */
public record UnitRecord(
        String code,
        String name,
        @Nullable String nameEn,
        String fullName,
        @Nullable String fullNameEn,
        String unitType,
        @Nullable String typeName,
        @Nullable String provinceCode) {}
