package vn.danvan.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReceiptSecretsTests {

    @Test
    void aSecretIsReadAsPrintedOrAsTypedWhateverTheCaseGroupsAndSpaces() {
        assertThat(ReceiptSecrets.grouped("K7QM3XRAP9")).isEqualTo("K7QM3-XRAP9");
        assertThat(ReceiptSecrets.normalized(" k7qm3-xrap9 ")).isEqualTo("K7QM3XRAP9");
        assertThat(ReceiptSecrets.normalized("K7QM3 XRAP9")).isEqualTo("K7QM3XRAP9");
        assertThat(ReceiptSecrets.normalized(null)).isEmpty();
    }
}
