package vn.danvan.petition.domain;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.danvan.petition.PetitionerIdentity;

/**
 * Encrypts petitioners' identities with AES-256-GCM (Luật Tố cáo 2018 Đ.9(1)(b), Đ.47: the denouncer's
 * identity is kept secret), with the keys of {@link IdentityKeys}. A sealed value is a header (2 bytes
 * {@code 0xD4 'K'} and the 4-byte id of the key), the IV (12 bytes) and the sealed JSON; the header is
 * authenticated with it. A value without a header (IV and sealed JSON only) was written before keys had ids,
 * and is read with the keys that may have sealed it.
 */
@Component
public class IdentityVault {

    public static final byte[] MAGIC = {(byte) 0xD4, 'K'};
    public static final int HEADER = MAGIC.length + 4;
    private static final int IV = 12;

    private final IdentityKeys keys;
    private final SecureRandom random = new SecureRandom();
    private final JsonMapper json = JsonMapper.builder().build();

    IdentityVault(IdentityKeys keys) {
        this.keys = keys;
    }

    public byte[] seal(PetitionerIdentity identity) {
        return encrypt(json.writeValueAsBytes(identity));
    }

    public PetitionerIdentity open(byte[] ciphertext) {
        return json.readValue(decrypt(ciphertext), PetitionerIdentity.class);
    }

    /** Any document that may name a petitioner (a written notice), sealed like an identity. */
    public byte[] sealDocument(byte[] plain) {
        return encrypt(plain);
    }

    public byte[] openDocument(byte[] ciphertext) {
        return decrypt(ciphertext);
    }

    /** Whether {@code ciphertext} is sealed with the current key. */
    public boolean current(byte[] ciphertext) {
        return ciphertext.length > HEADER && Arrays.equals(ciphertext, 0, HEADER, header(keys.current()), 0, HEADER);
    }

    /** The same content sealed again with the current key. */
    public byte[] reseal(byte[] ciphertext) {
        return encrypt(decrypt(ciphertext));
    }

    /** The header of the current key: what a value sealed with it starts with. */
    public byte[] currentHeader() {
        return header(keys.current());
    }

    private byte[] encrypt(byte[] plain) {
        try {
            IdentityKeys.Key key = keys.current();
            byte[] header = header(key);
            byte[] iv = new byte[IV];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.secret(), new GCMParameterSpec(128, iv));
            cipher.updateAAD(header);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(HEADER + IV + sealed.length)
                    .put(header)
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt identity", e);
        }
    }

    private byte[] decrypt(byte[] ciphertext) {
        String unknownKey = null;
        if (ciphertext.length > HEADER + IV && Arrays.equals(ciphertext, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            var key = keys.byId(Arrays.copyOfRange(ciphertext, MAGIC.length, HEADER));
            if (key.isPresent()) {
                try {
                    return decrypt(key.get().secret(), ciphertext, HEADER);
                } catch (GeneralSecurityException notThisFormat) {
                    // a value without header whose IV happens to begin like one: read below
                }
            } else {
                unknownKey = HexFormat.of().formatHex(ciphertext, MAGIC.length, HEADER);
            }
        }
        for (IdentityKeys.Key key : keys.legacy()) {
            try {
                return decrypt(key.secret(), ciphertext, 0);
            } catch (GeneralSecurityException notThisKey) {
                // try the next one
            }
        }
        throw new IllegalStateException(
                unknownKey == null
                        ? "Cannot decrypt identity: no configured key opens it"
                        : "Cannot decrypt identity: sealed with key " + unknownKey
                                + ", which is not the current key and not in danvan.petition.identity-keys");
    }

    private static byte[] decrypt(SecretKey key, byte[] ciphertext, int offset) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, ciphertext, offset, IV));
        if (offset > 0) {
            cipher.updateAAD(ciphertext, 0, offset);
        }
        return cipher.doFinal(ciphertext, offset + IV, ciphertext.length - offset - IV);
    }

    private static byte[] header(IdentityKeys.Key key) {
        return ByteBuffer.allocate(HEADER).put(MAGIC).put(key.id()).array();
    }
}
