package vn.danvan.shared;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Uploaded files kept under {@code $DANVAN_HOME/<area>}, the database holding only their metadata. The
 * type is checked from the file's first bytes as well as its name; a size limit is enforced while
 * copying; a JPEG or PNG is stored without its metadata (EXIF position, camera, author: {@link ImageMetadata}), its
 * size and digest those of what is stored; a file whose transaction rolls back is deleted.
 */
@Component
public class FileStore {

    /** What was stored: the name to show, the checked type, the size, the digest and the key to find it by. */
    public record Stored(String fileName, String contentType, String typeName, long size, String sha256, String key) {}

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

        static AllowedType detect(String fileName, byte[] head, String codePrefix) {
            String extension = fileName.contains(".")
                    ? fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)
                    : "";
            for (AllowedType type : values()) {
                if (type.extensions.contains(extension) && startsWith(head, type.magic)) {
                    return type;
                }
            }
            throw DomainException.invalid(codePrefix + "-type-not-allowed", fileName);
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

    private final DanvanHome home;
    private final Clock clock;

    FileStore(DanvanHome home, Clock clock) {
        this.clock = clock;
        this.home = home;
    }

    /**
     * Stores the upload in {@code area}; refusals carry codes {@code <codePrefix>-type-not-allowed},
     * {@code -too-large}, {@code -empty} and {@code -name-too-long}.
     */
    public Stored store(
            String area, @Nullable String originalName, InputStream content, long maxBytes, String codePrefix) {
        String fileName = Path.of(originalName == null || originalName.isBlank() ? "tep-dinh-kem" : originalName)
                .getFileName()
                .toString();
        if (fileName.length() > 200) {
            throw DomainException.invalid(codePrefix + "-name-too-long");
        }
        LocalDate today = LocalDate.now(clock);
        String key = "%d/%02d/%s".formatted(today.getYear(), today.getMonthValue(), UUID.randomUUID());
        Path target = path(area, key);
        try {
            Files.createDirectories(target.getParent());
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream limited = content;
                    DigestInputStream digest = new DigestInputStream(limited, sha)) {
                Path temporary = Files.createTempFile(target.getParent(), "upload", ".part");
                try {
                    long size = copyLimited(digest, temporary, maxBytes, codePrefix);
                    byte[] head;
                    try (InputStream start = Files.newInputStream(temporary)) {
                        head = start.readNBytes(8);
                    }
                    AllowedType type = AllowedType.detect(fileName, head, codePrefix);
                    String digestHex = HexFormat.of().formatHex(sha.digest());
                    if (type == AllowedType.JPEG || type == AllowedType.PNG) {
                        Path cleaned = Files.createTempFile(target.getParent(), "upload", ".clean");
                        try {
                            stripMetadata(type, temporary, cleaned, fileName, codePrefix);
                            Files.move(cleaned, temporary, StandardCopyOption.REPLACE_EXISTING);
                        } finally {
                            Files.deleteIfExists(cleaned);
                        }
                        size = Files.size(temporary);
                        digestHex = sha256(temporary);
                    }
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                    deleteOnRollback(target);
                    return new Stored(fileName, type.contentType, type.name(), size, digestHex, key);
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

    /**
     * Writes the picture without the metadata that could name or place its author ({@link ImageMetadata}); a
     * picture that does not hold together as its format says is refused as not of an allowed type.
     */
    private static void stripMetadata(AllowedType type, Path from, Path to, String fileName, String codePrefix)
            throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(from));
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(to))) {
            if (type == AllowedType.JPEG) {
                ImageMetadata.stripJpeg(in, out);
            } else {
                ImageMetadata.stripPng(in, out);
            }
        } catch (ImageMetadata.Damaged damaged) {
            throw DomainException.invalid(codePrefix + "-type-not-allowed", fileName);
        }
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    public Path path(String area, String key) {
        return home.resolve(area).resolve(key);
    }

    private static long copyLimited(InputStream in, Path target, long limit, String codePrefix) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (var out = Files.newOutputStream(target)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                total += read;
                if (total > limit) {
                    throw DomainException.invalid(codePrefix + "-too-large", limit / (1024 * 1024));
                }
                out.write(buffer, 0, read);
            }
        }
        if (total == 0) {
            throw DomainException.invalid(codePrefix + "-empty");
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
