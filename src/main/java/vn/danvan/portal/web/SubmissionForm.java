package vn.danvan.portal.web;

import static vn.danvan.shared.InputText.isBlank;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import vn.danvan.petition.PetitionType;
import vn.danvan.portal.CitizenSubmissions.CitizenSubmission;

/** The portal's submission form; {@code website} is the honeypot, hidden from people, filled by bots. */
public class SubmissionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    public @Nullable PetitionType type = PetitionType.FEEDBACK;
    public @Nullable String fieldCode;
    public @Nullable String title;
    public @Nullable String content;
    public @Nullable String provinceCode;
    public @Nullable String communeCode;
    public @Nullable BigDecimal latitude;
    public @Nullable BigDecimal longitude;
    public boolean anonymous;
    public @Nullable String fullName;
    public @Nullable String phone;
    public @Nullable String email;
    public @Nullable String address;
    public boolean publishAnswer = true;
    public boolean consent;
    public @Nullable String website;
    public String formToken = UUID.randomUUID().toString();
    /** The token of the files kept from an earlier try of this form (KeptUploads), if any. */
    public @Nullable String keptFiles;
    /** The citizen asked to drop the kept files. */
    public boolean dropKept;

    /** Field by field, with messages in the reader's language, before anything is written. */
    void check(BindingResult binding) {
        if (type == null) {
            binding.rejectValue("type", "portal.form.type-required");
        }
        if (isBlank(fieldCode)) {
            binding.rejectValue("fieldCode", "portal.form.field-required");
        }
        if (isBlank(title)) {
            binding.rejectValue("title", "portal.form.title-required");
        } else if (title.length() > 300) {
            binding.rejectValue("title", "portal.form.title-too-long");
        }
        if (isBlank(content)) {
            binding.rejectValue("content", "portal.form.content-required");
        } else if (content.length() > 20_000) {
            binding.rejectValue("content", "portal.form.content-too-long");
        }
        if (isBlank(communeCode) || !communeCode.matches("\\d{5}")) {
            binding.rejectValue("communeCode", "portal.form.commune-required");
        }
        if ((latitude == null) != (longitude == null)) {
            binding.rejectValue("latitude", "petition.point-incomplete");
        }
        if (!anonymous && isBlank(fullName)) {
            binding.rejectValue("fullName", "portal.form.name-required");
        }
        if (!anonymous && isBlank(phone) && isBlank(email)) {
            binding.rejectValue("email", "portal.form.contact-required");
        }
        if (!consent) {
            binding.rejectValue("consent", "portal.form.consent-required");
        }
        if (keptFiles != null && keptFiles.length() > 100) {
            keptFiles = null;
        }
        if (isBlank(formToken) || formToken.length() > 100) {
            binding.reject("portal.form.expired");
        }
    }

    boolean honeypotFilled() {
        return !isBlank(website);
    }

    /** Once {@link #check} found nothing wrong. */
    CitizenSubmission toSubmission() {
        return new CitizenSubmission(
                checked(type),
                checked(fieldCode),
                checked(title).strip(),
                checked(content).strip(),
                checked(communeCode),
                latitude,
                longitude,
                anonymous,
                anonymous ? null : fullName,
                phone,
                email,
                anonymous ? null : address,
                publishAnswer && type != null && type.answerable());
    }

    private static <T> T checked(@Nullable T value) {
        return Objects.requireNonNull(value, "required, refused by check() when missing");
    }
}
