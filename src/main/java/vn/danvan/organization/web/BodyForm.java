package vn.danvan.organization.web;

import jakarta.validation.constraints.Size;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.UnitLevel;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InputText;

/** The add-a-body form as typed in; {@link #check} says what is missing or wrong, field by field. */
record BodyForm(
        @Nullable @Size(max = 40) String code,
        @Nullable @Size(max = InputText.NAME) String name,
        @Nullable BodyKind kind,
        @Nullable UnitLevel level,
        @Nullable @Size(max = 10) String provinceCode,
        @Nullable @Size(max = 10) String communeCode,
        @Nullable Long superiorId) {

    private static final Map<String, String> FIELD_OF_ERROR =
            Map.of("organization.body.code-taken", "code", "organization.body.unknown-superior", "superiorId");

    static BodyForm empty() {
        return new BodyForm(null, null, null, null, null, null, null);
    }

    void check(OrganizationDirectory directory, Errors errors) {
        String province = InputText.blankToNull(provinceCode);
        String commune = commune();
        if (InputText.blankToNull(code) == null) {
            errors.rejectValue("code", "organization.form.required");
        }
        if (InputText.blankToNull(name) == null) {
            errors.rejectValue("name", "organization.form.required");
        }
        if (kind == null && !errors.hasFieldErrors("kind")) {
            errors.rejectValue("kind", "organization.form.required");
        }
        if (level == null && !errors.hasFieldErrors("level")) {
            errors.rejectValue("level", "organization.form.required");
        }
        if (level == UnitLevel.PROVINCE && province == null) {
            errors.rejectValue("provinceCode", "organization.body.province-required");
        }
        if (level == UnitLevel.COMMUNE && commune == null) {
            errors.rejectValue("communeCode", "organization.body.commune-required");
        }
        if (province != null && directory.province(province).isEmpty()) {
            errors.rejectValue("provinceCode", "organization.body.unknown-province", new Object[] {provinceCode}, null);
        }
        if (commune != null) {
            var found = directory.commune(commune);
            if (found.isEmpty()) {
                errors.rejectValue(
                        "communeCode", "organization.body.unknown-commune", new Object[] {communeCode}, null);
            } else if (province != null && !province.equals(found.get().provinceCode())) {
                errors.rejectValue(
                        "communeCode",
                        "organization.body.commune-outside-province",
                        new Object[] {communeCode, provinceCode},
                        null);
            }
        }
    }

    /** The province: as chosen, or else the province of the chosen commune. */
    @Nullable
    String province(OrganizationDirectory directory) {
        String province = InputText.blankToNull(provinceCode);
        if (province != null) {
            return province;
        }
        String commune = commune();
        return commune == null
                ? null
                : directory.commune(commune).map(found -> found.provinceCode()).orElse(null);
    }

    @Nullable
    String commune() {
        return InputText.blankToNull(communeCode);
    }

    static void reject(DomainException e, Errors errors) {
        String field = FIELD_OF_ERROR.get(e.code());
        if (field == null) {
            errors.reject(e.code(), e.arguments(), null);
        } else {
            errors.rejectValue(field, e.code(), e.arguments(), null);
        }
    }
}
