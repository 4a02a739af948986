package vn.danvan.reception.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.PetitionerIdentity;

/** A denouncer's name, phone and address are kept only sealed; anyone else's in clear. */
class VisitorTests {

    static byte[] seal(PetitionerIdentity identity) {
        return ("sealed:" + identity.fullName()).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aDenouncerIsKeptOnlySealed() {
        Visitor visitor =
                Visitor.of("Lê Thị Mai", "0905111222", "Phú Xuân", PetitionType.DENUNCIATION, VisitorTests::seal);
        assertThat(visitor.sealed()).isTrue();
        assertThat(visitor.name()).isNull();
        assertThat(visitor.phone()).isNull();
        assertThat(visitor.address()).isNull();
        assertThat(new String(visitor.sealedIdentity(), StandardCharsets.UTF_8)).isEqualTo("sealed:Lê Thị Mai");
    }

    @Test
    void anAnonymousDenouncerIsSealedWithNothingToSeal() {
        Visitor visitor = Visitor.of(null, null, null, PetitionType.DENUNCIATION, VisitorTests::seal);
        assertThat(visitor.sealed()).isTrue();
        assertThat(visitor.sealedIdentity()).isNull();
    }

    @Test
    void aComplainantIsKeptInClear() {
        Visitor visitor = Visitor.of("Lê Thị Mai", null, "Phú Xuân", PetitionType.COMPLAINT, VisitorTests::seal);
        assertThat(visitor.sealed()).isFalse();
        assertThat(visitor.sealedIdentity()).isNull();
        assertThat(visitor.name()).isEqualTo("Lê Thị Mai");
        assertThat(visitor.address()).isEqualTo("Phú Xuân");
    }
}
