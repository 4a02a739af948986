package vn.danvan.organization;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A province or commune (xã, phường, đặc khu) with its official code and validity. */
public record AdministrativeUnit(
        String code,
        UnitLevel level,
        String name,
        String fullName,
        @Nullable String provinceCode,
        LocalDate validFrom,
        @Nullable LocalDate validTo) {}
