package vn.danvan.petition;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Encrypts petitioners' identities with AES-256-GCM (Luật Tố cáo 2018 Đ.9(1)(b), Đ.47: the denouncer's
 * identity is kept secret). The ciphertext is IV (12 bytes) followed by the sealed JSON.
 */
@Component
class IdentityVault {

    private static final Logger log = LoggerFactory.getLogger(IdentityVault.class);
    /** Development key only; production sets danvan.petition.identity-key. */
    private static final String DEVELOPMENT_KEY = "ZGFudmFuLWRldmVsb3BtZW50LWtleS0zMi1ieXRlcyE=";

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();
    private final JsonMapper json = JsonMapper.builder().build();

    IdentityVault(PetitionSettings settings) {
        String encoded = settings.identityKey();
        if (encoded == null || encoded.isBlank()) {
            log.warn("danvan.petition.identity-key is not set: using the development key. Set it in production.");
            encoded = DEVELOPMENT_KEY;
        }
        byte[] bytes = Base64.getDecoder().decode(encoded);
        if (bytes.length != 32) {
            throw new IllegalStateException("danvan.petition.identity-key must be 32 bytes, base64-encoded");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    byte[] seal(PetitionerIdentity identity) {
        try {
            byte[] iv = new byte[12];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(json.writeValueAsBytes(identity));
            return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt identity", e);
        }
    }

    PetitionerIdentity open(byte[] ciphertext) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, ciphertext, 0, 12));
            byte[] plain = cipher.doFinal(ciphertext, 12, ciphertext.length - 12);
            return json.readValue(plain, PetitionerIdentity.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt identity", e);
        }
    }
}
