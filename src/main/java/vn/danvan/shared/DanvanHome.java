package vn.danvan.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where danvan keeps what does not belong in the database: the embedded PostgreSQL cluster, attachments and
 * the secrets generated on first start ({@code secrets/}, readable by the owner only). Set by
 * {@code DANVAN_HOME}; {@code ./var} by default.
 */
@ConfigurationProperties("danvan")
public record DanvanHome(Path home) {

    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    public DanvanHome {
        home = (home == null ? Path.of("var") : home).toAbsolutePath().normalize();
    }

    public Path resolve(String child) {
        return home.resolve(child);
    }

    /**
     * The secret kept in {@code secrets/<name>}, made by {@code generator} the first time. The folder is
     * {@code 700} and the file {@code 600}; the file is written whole (a temporary file synced to disk, then
     * renamed), so a crash never leaves half a secret, and two starts racing keep the first one's.
     */
    public String secret(String name, Supplier<String> generator) {
        Path folder = resolve("secrets");
        Path file = folder.resolve(name);
        try {
            Files.createDirectories(folder);
            Files.setPosixFilePermissions(folder, OWNER_ONLY_FOLDER);
            if (Files.exists(file)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
                return Files.readString(file).strip();
            }
            Path written =
                    Files.createTempFile(folder, name, ".new", PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
            try (FileChannel channel = FileChannel.open(written, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap((generator.get() + "\n").getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
            try {
                Files.createLink(file, written);
            } catch (FileAlreadyExistsException anotherStartWasFirst) {
                // keep the first one's
            } catch (UnsupportedOperationException | IOException noHardLinks) {
                Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.deleteIfExists(written);
            syncFolder(folder);
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the secret " + file, e);
        }
    }

    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notSupportedHere) {
            // the rename is durable on the next sync of the file system
        }
    }
}
