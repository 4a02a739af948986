package vn.danvan.petition;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param identityKey base64 AES-256 key that encrypts petitioners' identities at rest (set
 *        {@code DANVAN_PETITION_IDENTITY_KEY} in production; a development key is used otherwise)
 * @param maxAttachmentBytes largest attachment accepted
 * @param nearDeadlineWorkingDays a case is flagged "near its deadline" this many working days before it
 */
@ConfigurationProperties("danvan.petition")
record PetitionSettings(@Nullable String identityKey, long maxAttachmentBytes, int nearDeadlineWorkingDays) {

    PetitionSettings {
        maxAttachmentBytes = maxAttachmentBytes <= 0 ? 10 * 1024 * 1024 : maxAttachmentBytes;
        nearDeadlineWorkingDays = nearDeadlineWorkingDays <= 0 ? 3 : nearDeadlineWorkingDays;
    }
}
