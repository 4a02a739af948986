package vn.danvan.petition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DanvanHome;
import vn.danvan.shared.DomainException;

/**
 * Attachments: files under {@code $DANVAN_HOME/attachments}, metadata in the database. Type is checked
 * from the file's first bytes, not only its name; a rolled-back upload leaves no file behind.
 */
@Service
@Transactional
public class PetitionAttachments {

    public record Attachment(long id, String fileName, String contentType, long sizeBytes) {
    }

    public record StoredFile(String fileName, String contentType, Path path) {
    }

    /** Accepted types (as the national PAKN portal): PDF, images, Word, Excel. */
    enum AllowedType {
        PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F'}, "pdf"),
        JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg"),
        PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "png"),
        OFFICE_OPEN_XML("application/vnd.openxmlformats-officedocument", new byte[] {'P', 'K', 3, 4}, "docx", "xlsx"),
        OFFICE_LEGACY("application/msword", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, "doc", "xls");

        final String contentType;
        final byte[] magic;
        final List<String> extensions;

        AllowedType(String contentType, byte[] magic, String... extensions) {
            this.contentType = contentType;
            this.magic = magic;
            this.extensions = List.of(extensions);
        }

        static AllowedType detect(String fileName, byte[] head) {
            String extension = fileName.contains(".")
                    ? fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
            for (AllowedType type : values()) {
                if (type.extensions.contains(extension) && startsWith(head, type.magic)) {
                    return type;
                }
            }
            throw DomainException.invalid("petition.attachment-type-not-allowed", fileName);
        }

        private static boolean startsWith(byte[] head, byte[] magic) {
            if (head.length < magic.length) {
                return false;
            }
            for (int i = 0; i < magic.length; i++) {
                if (head[i] != magic[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private final JdbcClient jdbc;
    private final Petitions petitions;
    private final PetitionPolicy policy;
    private final PetitionSettings settings;
    private final AuditTrail audit;
    private final Path root;

    PetitionAttachments(JdbcClient jdbc, Petitions petitions, PetitionPolicy policy, PetitionSettings settings,
            AuditTrail audit, DanvanHome home) {
        this.jdbc = jdbc;
        this.petitions = petitions;
        this.policy = policy;
        this.settings = settings;
        this.audit = audit;
        this.root = home.resolve("attachments");
    }

    public Attachment attach(long petitionId, String originalName, InputStream content, StaffMember staff) {
        Petition petition = petitions.find(petitionId)
                .orElseThrow(() -> DomainException.notFound("petition.not-found", petitionId));
        policy.requireVisible(staff, petition.bodyId, petitionId);
        policy.require(staff, PetitionPolicy.Action.RECEIVE, petition.bodyId);
        String fileName = Path.of(originalName == null || originalName.isBlank() ? "tep-dinh-kem" : originalName)
                .getFileName().toString();
        if (fileName.length() > 200) {
            throw DomainException.invalid("petition.attachment-name-too-long");
        }
        LocalDate today = LocalDate.now(Deadlines.ZONE);
        String key = "%d/%02d/%s".formatted(today.getYear(), today.getMonthValue(), UUID.randomUUID());
        Path target = root.resolve(key);
        try {
            Files.createDirectories(target.getParent());
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            byte[] head;
            try (InputStream limited = content;
                    DigestInputStream digest = new DigestInputStream(limited, sha)) {
                Path temporary = Files.createTempFile(target.getParent(), "upload", ".part");
                try {
                    size = copyLimited(digest, temporary, settings.maxAttachmentBytes());
                    try (InputStream start = Files.newInputStream(temporary)) {
                        head = start.readNBytes(8);
                    }
                    AllowedType type = AllowedType.detect(fileName, head);
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                    deleteOnRollback(target);
                    long id = jdbc.sql("""
                            insert into petition.attachment (petition_id, file_name, content_type, size_bytes, sha256,
                                storage_key, uploaded_by)
                            values (?, ?, ?, ?, ?, ?, ?) returning id
                            """).params(petitionId, fileName, type.contentType, size,
                            HexFormat.of().formatHex(sha.digest()), key, AuditTrail.currentActor())
                            .query(Long.class).single();
                    jdbc.sql("""
                            insert into petition.petition_event (petition_id, occurred_on, kind, actor, note, public)
                            values (?, ?, 'ATTACHMENT_ADDED', ?, ?, false)
                            """).params(petitionId, today, AuditTrail.currentActor(), fileName).update();
                    audit.record("petition.attachment-added", "petition", petitionId,
                            Map.of("attachment", id, "size", size, "type", type.name()));
                    return new Attachment(id, fileName, type.contentType, size);
                } finally {
                    Files.deleteIfExists(temporary);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional(readOnly = true)
    public List<Attachment> list(long petitionId, StaffMember staff) {
        Petition petition = petitions.find(petitionId)
                .orElseThrow(() -> DomainException.notFound("petition.not-found", petitionId));
        policy.requireVisible(staff, petition.bodyId, petitionId);
        return jdbc.sql("select id, file_name, content_type, size_bytes from petition.attachment where petition_id = ? order by id")
                .param(petitionId)
                .query((rs, n) -> new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4))).list();
    }

    @Transactional(readOnly = true)
    public StoredFile open(long petitionId, long attachmentId, StaffMember staff) {
        Petition petition = petitions.find(petitionId)
                .orElseThrow(() -> DomainException.notFound("petition.not-found", petitionId));
        policy.requireVisible(staff, petition.bodyId, petitionId);
        return jdbc.sql("select file_name, content_type, storage_key from petition.attachment where id = ? and petition_id = ?")
                .params(attachmentId, petitionId)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), root.resolve(rs.getString(3))))
                .optional().orElseThrow(() -> DomainException.notFound("petition.attachment-not-found", attachmentId));
    }

    private static long copyLimited(InputStream in, Path target, long limit) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (var out = Files.newOutputStream(target)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                total += read;
                if (total > limit) {
                    throw DomainException.invalid("petition.attachment-too-large", limit / (1024 * 1024));
                }
                out.write(buffer, 0, read);
            }
        }
        if (total == 0) {
            throw DomainException.invalid("petition.attachment-empty");
        }
        return total;
    }

    private static void deleteOnRollback(Path file) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        try {
                            Files.deleteIfExists(file);
                        } catch (IOException ignored) {
                            // a stray file without a database row is harmless and is never served
                        }
                    }
                }
            });
        }
    }
}
