package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.petition.domain.IdentityKeyRotation;
import vn.danvan.petition.domain.IdentityKeys;
import vn.danvan.petition.domain.IdentityKeysTests;
import vn.danvan.petition.domain.IdentityVault;

/**
 * Identities sealed before keys had ids (with the key that used to be in the source) are re-sealed with the
 * current key in batches; every identity opens before, during and after, and none is left on the old key.
 */
@DanvanIntegrationTest
class IdentityKeyRotationIntegrationTests {

    static final SealedColumn PETITIONS = new SealedColumn("petition.petition", "id", "identity_ciphertext");

    @Autowired
    PetitionFixtures fixtures;

    @Autowired
    PetitionIntake intake;

    @Autowired
    IdentityVault vault;

    @Autowired
    IdentityKeyRotation rotation;

    @Autowired
    JdbcClient jdbc;

    @Test
    void rotationResealsEveryIdentityInBatchesAndOldOnesStayReadableMeanwhile() throws Exception {
        var setting = fixtures.setting();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long id = intake.receive(
                            PetitionFixtures.petition(
                                    setting.province().id(),
                                    PetitionType.DENUNCIATION,
                                    LocalDate.of(2026, 11, 23),
                                    "Tố cáo " + i),
                            setting.provinceHandler(),
                            null)
                    .id();
            jdbc.sql("update petition.petition set identity_ciphertext = ? where id = ?")
                    .params(IdentityKeysTests.legacySeal(IdentityKeys.DEVELOPMENT_KEY, IdentityKeysTests.DENOUNCER), id)
                    .update();
            ids.add(id);
        }
        assertThat(rotation.remaining()).isGreaterThanOrEqualTo(5);

        var firstBatch = rotation.resealBatch(PETITIONS, ids.getFirst() - 1, 2);
        assertThat(firstBatch.resealed()).isEqualTo(2);
        assertThat(ids.stream().map(this::sealed).filter(vault::current)).hasSize(2);
        assertThat(ids.stream().map(this::sealed).map(vault::open)).containsOnly(IdentityKeysTests.DENOUNCER);

        assertThat(rotation.resealAll()).isGreaterThanOrEqualTo(3);
        assertThat(rotation.remaining()).isZero();
        assertThat(ids.stream().map(this::sealed).allMatch(vault::current)).isTrue();
        assertThat(ids.stream().map(this::sealed).map(vault::open)).containsOnly(IdentityKeysTests.DENOUNCER);
        assertThat(jdbc.sql("select count(*) from shared.audit_event where action = 'IDENTITY_KEY_ROTATED' "
                                + "and subject_id = 'petition.petition.identity_ciphertext'")
                        .query(Integer.class)
                        .single())
                .isPositive();
        assertThat(rotation.resealAll()).as("nothing left to re-seal").isZero();
    }

    @Test
    void aWrittenNoticeSealedWithAnOlderKeyIsResealedAndStillOpensAsTheSameDocument() throws Exception {
        var setting = fixtures.setting();
        long id = intake.receive(
                        PetitionFixtures.petition(
                                setting.province().id(),
                                PetitionType.COMPLAINT,
                                LocalDate.of(2026, 11, 23),
                                "Khiếu nại"),
                        setting.provinceHandler(),
                        null)
                .id();
        processing.decide(
                id,
                new DecidePetition(Decision.ACCEPT, LocalDate.of(2026, 11, 24), false, null, null, null, null),
                setting.provinceHandler());
        long notice = jdbc.sql("select id from petition.notice where petition_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        byte[] pdf = vault.openDocument(document(notice));
        jdbc.sql("update petition.notice set document_sealed = ? where id = ?")
                .params(legacySeal(pdf), notice)
                .update();
        assertThat(vault.current(document(notice))).isFalse();

        rotation.resealAll();

        assertThat(vault.current(document(notice))).isTrue();
        assertThat(vault.openDocument(document(notice))).isEqualTo(pdf);
    }

    @Autowired
    PetitionProcessing processing;

    private byte[] document(long notice) {
        return jdbc.sql("select document_sealed from petition.notice where id = ?")
                .param(notice)
                .query(byte[].class)
                .single();
    }

    private static byte[] legacySeal(byte[] plain) throws Exception {
        byte[] iv = new byte[12];
        new java.security.SecureRandom().nextBytes(iv);
        var cipher = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(
                javax.crypto.Cipher.ENCRYPT_MODE,
                new javax.crypto.spec.SecretKeySpec(
                        java.util.Base64.getDecoder().decode(IdentityKeys.DEVELOPMENT_KEY), "AES"),
                new javax.crypto.spec.GCMParameterSpec(128, iv));
        byte[] sealed = cipher.doFinal(plain);
        return java.nio.ByteBuffer.allocate(iv.length + sealed.length)
                .put(iv)
                .put(sealed)
                .array();
    }

    private byte[] sealed(long id) {
        return jdbc.sql("select identity_ciphertext from petition.petition where id = ?")
                .param(id)
                .query(byte[].class)
                .single();
    }
}
