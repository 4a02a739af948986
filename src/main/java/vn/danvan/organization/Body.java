package vn.danvan.organization;

import org.jspecify.annotations.Nullable;

/** A body (cơ quan, tổ chức) at an administrative unit, under a superior body. */
public record Body(
        long id,
        String code,
        String name,
        BodyKind kind,
        UnitLevel level,
        @Nullable String provinceCode,
        @Nullable String communeCode,
        @Nullable Long superiorId) {}
