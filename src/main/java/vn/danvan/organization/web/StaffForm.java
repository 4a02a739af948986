package vn.danvan.organization.web;

import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import vn.danvan.organization.Role;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InputText;

/** The add-a-staff-account form as typed in; {@link #check} says what is missing or wrong. */
record StaffForm(
        @Nullable @Size(max = 64) String username,
        @Nullable @Size(max = 200) String password,
        @Nullable @Size(max = InputText.NAME) String fullName,
        @Nullable @Size(max = 254) String email,
        @Nullable Long bodyId,
        @Nullable Set<Role> roles,
        @Nullable Boolean mayViewDenouncerIdentity) {

    static final int MINIMUM_PASSWORD_LENGTH = 10;

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Map<String, String> FIELD_OF_ERROR = Map.of(
            "organization.staff.username-taken",
            "username",
            "organization.staff.weak-password",
            "password",
            "organization.body.unknown",
            "bodyId");

    static StaffForm empty() {
        return new StaffForm(null, null, null, null, null, EnumSet.noneOf(Role.class), false);
    }

    void check(Errors errors) {
        if (username == null || username.isBlank()) {
            errors.rejectValue("username", "organization.form.required");
        } else if (!USERNAME.matcher(username.strip()).matches()) {
            errors.rejectValue("username", "organization.staff.bad-username");
        }
        if (password == null || password.length() < MINIMUM_PASSWORD_LENGTH) {
            errors.rejectValue("password", "organization.staff.weak-password");
        }
        if (fullName == null || fullName.isBlank()) {
            errors.rejectValue("fullName", "organization.form.required");
        }
        if (email != null && !email.isBlank() && !EMAIL.matcher(email.strip()).matches()) {
            errors.rejectValue("email", "organization.staff.bad-email");
        }
        if (bodyId == null && !errors.hasFieldErrors("bodyId")) {
            errors.rejectValue("bodyId", "organization.form.required");
        }
        if ((roles == null || roles.isEmpty()) && !errors.hasFieldErrors("roles")) {
            errors.rejectValue("roles", "organization.staff.no-role");
        }
    }

    Set<Role> chosenRoles() {
        return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    boolean identityPermitted() {
        return Boolean.TRUE.equals(mayViewDenouncerIdentity);
    }

    @Nullable
    String emailOrNull() {
        return InputText.blankToNull(email);
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
