package vn.danvan.petition.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import vn.danvan.petition.PetitionerIdentity;
import vn.danvan.shared.DanvanHome;

public class IdentityKeysTests {

    public static final PetitionerIdentity DENOUNCER = new PetitionerIdentity(
            "Trần Thị Bình", "001080000002", "Tổ 3, phường Thuận Hoá", "0912000002", "binh@example.vn", List.of());

    @TempDir
    Path home;

    @Test
    void theEmbeddedDefaultGeneratesAKeyOnlyItsOwnerReadsAndKeepsItAcrossRestarts() throws Exception {
        var first = new IdentityKeys(null, null, false, new DanvanHome(home));
        Path file = home.resolve("secrets/identity.key");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(file.getParent()))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        byte[] sealed = new IdentityVault(first).seal(DENOUNCER);

        var afterRestart = new IdentityKeys(null, null, false, new DanvanHome(home));
        assertThat(afterRestart.current().name()).isEqualTo(first.current().name());
        assertThat(new IdentityVault(afterRestart).open(sealed)).isEqualTo(DENOUNCER);
    }

    @Test
    void twoInstallationsGenerateDifferentKeysSoNoKeyInTheSourceOpensAnIdentity(@TempDir Path other) {
        byte[] sealed = new IdentityVault(new IdentityKeys(null, null, false, new DanvanHome(home))).seal(DENOUNCER);
        var elsewhere = new IdentityVault(new IdentityKeys(null, null, false, new DanvanHome(other)));
        assertThatThrownBy(() -> elsewhere.open(sealed)).hasMessageContaining("Cannot decrypt identity");
    }

    @Test
    void anExternalDatabaseWithoutAConfiguredKeyRefusesToStart() {
        assertThatThrownBy(() -> new IdentityKeys(null, null, true, new DanvanHome(home)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("danvan.petition.identity-key (DANVAN_PETITION_IDENTITYKEY) is not set");
        assertThat(home.resolve("secrets")).doesNotExist();
        assertThat(new IdentityKeys(IdentityKeys.generate(), null, true, new DanvanHome(home)).current())
                .isNotNull();
    }

    @Test
    void aKeyThatIsNot32BytesIsRefused() {
        assertThatThrownBy(() -> new IdentityKeys("c2hvcnQ=", null, true, new DanvanHome(home)))
                .hasMessageContaining("must be 32 bytes");
    }

    @Test
    void identitiesSealedBeforeKeysHadIdsStayReadable() throws Exception {
        String configured = IdentityKeys.generate();
        var vault = new IdentityVault(new IdentityKeys(configured, null, true, new DanvanHome(home)));
        assertThat(vault.open(legacySeal(IdentityKeys.DEVELOPMENT_KEY, DENOUNCER)))
                .isEqualTo(DENOUNCER);
        byte[] underConfiguredKey = legacySeal(configured, DENOUNCER);
        assertThat(vault.open(underConfiguredKey)).isEqualTo(DENOUNCER);
        assertThat(vault.current(underConfiguredKey)).isFalse();
        assertThat(vault.current(vault.reseal(underConfiguredKey))).isTrue();
    }

    @Test
    void aRotatedKeyStaysReadableUntilItsValuesAreResealed() {
        String old = IdentityKeys.generate();
        String next = IdentityKeys.generate();
        byte[] sealed = new IdentityVault(new IdentityKeys(old, null, true, new DanvanHome(home))).seal(DENOUNCER);

        var rotatingKeys = new IdentityKeys(next, List.of(old), true, new DanvanHome(home));
        assertThat(rotatingKeys.rotating()).isTrue();
        var duringRotation = new IdentityVault(rotatingKeys);
        assertThat(duringRotation.open(sealed)).isEqualTo(DENOUNCER);
        assertThat(duringRotation.current(sealed)).isFalse();
        byte[] resealed = duringRotation.reseal(sealed);
        assertThat(duringRotation.current(resealed)).isTrue();

        var keysAfterRotation = new IdentityKeys(next, null, true, new DanvanHome(home));
        assertThat(keysAfterRotation.rotating()).isFalse();
        var afterRotation = new IdentityVault(keysAfterRotation);
        assertThat(afterRotation.open(resealed)).isEqualTo(DENOUNCER);
        assertThatThrownBy(() -> afterRotation.open(sealed))
                .hasMessageContaining("not in danvan.petition.identity-keys");
    }

    /** The format before keys had ids: IV and sealed JSON. */
    public static byte[] legacySeal(String key, PetitionerIdentity identity) throws Exception {
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(
                Cipher.ENCRYPT_MODE,
                new SecretKeySpec(Base64.getDecoder().decode(key), "AES"),
                new GCMParameterSpec(128, iv));
        byte[] sealed = cipher.doFinal(JsonMapper.builder().build().writeValueAsBytes(identity));
        return ByteBuffer.allocate(iv.length + sealed.length)
                .put(iv)
                .put(sealed)
                .array();
    }
}
