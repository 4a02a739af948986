package vn.danvan.petition.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param identityKey base64 AES-256 key that seals petitioners' identities at rest
 *        ({@code DANVAN_PETITION_IDENTITYKEY}); required with an external database; with the embedded one a key is
 *        generated on first start and kept in {@code $DANVAN_HOME/secrets/identity.key}
 * @param identityKeys keys that sealed identities before the current one (base64, comma-separated): still
 *        read, until the rotation job has re-sealed every value with the current key
 * @param identityRotationBatch rows re-sealed per transaction by the rotation job
 * @param maxAttachmentBytes largest attachment accepted
 * @param nearDeadlineWorkingDays a case is flagged "near its deadline" this many working days before it
 */
@ConfigurationProperties("danvan.petition")
public record PetitionSettings(
        @Nullable String identityKey,
        @Nullable List<String> identityKeys,
        int identityRotationBatch,
        long maxAttachmentBytes,
        int nearDeadlineWorkingDays) {

    public PetitionSettings {
        identityRotationBatch = identityRotationBatch <= 0 ? 500 : identityRotationBatch;
        maxAttachmentBytes = maxAttachmentBytes <= 0 ? 10 * 1024 * 1024 : maxAttachmentBytes;
        nearDeadlineWorkingDays = nearDeadlineWorkingDays <= 0 ? 3 : nearDeadlineWorkingDays;
    }
}
