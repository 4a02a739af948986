package vn.danvan.petition.persistence;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.domain.Petition;
import vn.danvan.petition.domain.PetitionPolicy;
import vn.danvan.petition.domain.PetitionSettings;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.FileStore;

/**
 * Attachments: files under {@code $DANVAN_HOME/attachments}, metadata in the database. Type is checked
 * from the file's first bytes, not only its name; a rolled-back upload leaves no file behind.
 */
@Service
@Transactional
public class PetitionAttachments {

    private static final String AREA = "attachments";

    public record Attachment(long id, String fileName, String contentType, long sizeBytes) {}

    public record StoredFile(String fileName, String contentType, Path path) {}

    private final JdbcClient jdbc;
    private final Petitions petitions;
    private final PetitionPolicy policy;
    private final PetitionSettings settings;
    private final AuditTrail audit;
    private final FileStore files;
    private final Clock clock;

    PetitionAttachments(
            JdbcClient jdbc,
            Petitions petitions,
            PetitionPolicy policy,
            PetitionSettings settings,
            AuditTrail audit,
            FileStore files,
            Clock clock) {
        this.jdbc = jdbc;
        this.petitions = petitions;
        this.policy = policy;
        this.settings = settings;
        this.audit = audit;
        this.files = files;
        this.clock = clock;
    }

    public Attachment attach(long petitionId, @Nullable String originalName, InputStream content, StaffMember staff) {
        Petition petition = petitions
                .find(petitionId)
                .orElseThrow(() -> DomainException.notFound("petition.not-found", petitionId));
        policy.requireVisible(staff, petition.bodyId(), petitionId);
        policy.require(staff, PetitionPolicy.Action.RECEIVE, petition.bodyId());
        return store(petitionId, originalName, content);
    }

    /** A file a citizen sends with an online petition, in the transaction that registers it. */
    public Attachment attachOnline(long petitionId, String originalName, InputStream content) {
        petitions.find(petitionId).orElseThrow(() -> DomainException.notFound("petition.not-found", petitionId));
        return store(petitionId, originalName, content);
    }

    private Attachment store(long petitionId, @Nullable String originalName, InputStream content) {
        // No name is a blank one: the store gives both the same default name.
        FileStore.Stored stored = files.store(
                AREA,
                originalName == null ? "" : originalName,
                content,
                settings.maxAttachmentBytes(),
                "petition.attachment");
        LocalDate today = LocalDate.now(clock);
        long id = jdbc.sql("""
                insert into petition.attachment (petition_id, file_name, content_type, size_bytes, sha256, storage_key,
                    uploaded_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id
                """)
                .params(
                        petitionId,
                        stored.fileName(),
                        stored.contentType(),
                        stored.size(),
                        stored.sha256(),
                        stored.key(),
                        AuditTrail.currentActor())
                .query(Long.class)
                .single();
        jdbc.sql("""
                insert into petition.petition_event (petition_id, occurred_on, kind, actor, note, public)
                values (?, ?, 'ATTACHMENT_ADDED', ?, ?, false)
                """)
                .params(petitionId, today, AuditTrail.currentActor(), stored.fileName())
                .update();
        audit.record(
                "petition.attachment-added",
                "petition",
                petitionId,
                Map.of("attachment", id, "size", stored.size(), "type", stored.typeName()));
        return new Attachment(id, stored.fileName(), stored.contentType(), stored.size());
    }

    @Transactional(readOnly = true)
    public List<Attachment> list(long petitionId, StaffMember staff) {
        Petition petition = petitions
                .find(petitionId)
                .orElseThrow(() -> DomainException.notFound("petition.not-found", petitionId));
        policy.requireVisible(staff, petition.bodyId(), petitionId);
        return jdbc.sql(
                        "select id, file_name, content_type, size_bytes from petition.attachment where petition_id = ? order by id")
                .param(petitionId)
                .query((rs, n) -> new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
    }

    @Transactional(readOnly = true)
    public StoredFile open(long petitionId, long attachmentId, StaffMember staff) {
        Petition petition = petitions
                .find(petitionId)
                .orElseThrow(() -> DomainException.notFound("petition.not-found", petitionId));
        policy.requireVisible(staff, petition.bodyId(), petitionId);
        return jdbc.sql(
                        "select file_name, content_type, storage_key from petition.attachment where id = ? and petition_id = ?")
                .params(attachmentId, petitionId)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), files.path(AREA, rs.getString(3))))
                .optional()
                .orElseThrow(() -> DomainException.notFound("petition.attachment-not-found", attachmentId));
    }
}
