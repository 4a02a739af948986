package vn.danvan.portal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import vn.danvan.shared.DomainException;

class CitizenAccountTests {

    static final String PASSWORD = "mật khẩu dài đủ";

    static CitizenAccount register(String fullName, String email, String phone, String password) {
        return CitizenAccount.register(fullName, email, phone, password, clear -> "hash:" + clear.length());
    }

    static void refused(String fullName, String email, String phone, String password, String code) {
        assertThatThrownBy(() -> register(fullName, email, phone, password))
                .as(code)
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.code()).isEqualTo(code);
                    assertThat(refused.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                });
    }

    @Test
    void aRegisteredAccountSignsInWithItsNormalisedLoginAndOnlyTheHashOfItsPassword() {
        var account = register("  Nguyễn Văn An ", " An.Nguyen@Example.VN ", "+84 912.345.678", PASSWORD);

        assertThat(account.fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(account.email()).isEqualTo("an.nguyen@example.vn");
        assertThat(account.phone()).isEqualTo("0912345678");
        assertThat(account.passwordHash()).isEqualTo("hash:" + PASSWORD.length());
        assertThat(account.signsInWithPassword()).isTrue();
        assertThat(account.isLinkedToOidc()).isFalse();
    }

    @Test
    void anEmailAddressOrAPhoneNumberIsEnough() {
        assertThat(register("An", null, "0912345678", PASSWORD).email()).isNull();
        assertThat(register("An", "an@example.vn", " ", PASSWORD).phone()).isNull();
    }

    @Test
    void registrationIsRefusedForTheFirstThingWrongInOrder() {
        refused("", "not an address", "12", "short", "portal.email-invalid");
        refused("", null, "12", "short", "portal.phone-invalid");
        refused("", " ", null, "short", "portal.account-needs-login");
        refused(" ", "an@example.vn", null, "short", "portal.account-needs-name");
        refused("x".repeat(201), "an@example.vn", null, PASSWORD, "portal.account-needs-name");
        refused("An", "an@example.vn", null, "123456789", "portal.password-too-short");
        refused("An", "an@example.vn", null, "x".repeat(201), "portal.password-too-short");
        assertThat(register("An", "an@example.vn", null, "1234567890").signsInWithPassword())
                .isTrue();
    }

    @Test
    void anOidcIdentitySeenForTheFirstTimeMakesAnAccountWithoutPassword() {
        var account =
                CitizenAccount.ofOidcIdentity("https://vneid.gov.vn", "sub-1", " Trần Thị Bình ", "Binh@Example.VN");

        assertThat(account.fullName()).isEqualTo("Trần Thị Bình");
        assertThat(account.email()).isEqualTo("binh@example.vn");
        assertThat(account.signsInWithPassword()).isFalse();
        assertThat(account.isLinkedToOidc()).isTrue();
        assertThat(account.oidcIssuer()).isEqualTo("https://vneid.gov.vn");
    }

    @Test
    void anOidcIdentityWithoutANameIsNamedByItsSubject() {
        assertThat(CitizenAccount.ofOidcIdentity("https://vneid.gov.vn", "sub-1", "  ", null)
                        .fullName())
                .isEqualTo("sub-1");
    }

    @Test
    void aRegisteredAccountTakesOnAnOidcIdentityOnce() {
        var account = CitizenAccount.restore(5, "An", "an@example.vn", null, "hash", null, null);

        account.linkOidc("https://vneid.gov.vn", "sub-1");

        assertThat(account.isLinkedToOidc()).isTrue();
        assertThat(account.oidcSubject()).isEqualTo("sub-1");
        assertThat(account.signsInWithPassword()).isTrue();
        assertThatThrownBy(() -> account.linkOidc("https://keycloak.example.vn", "sub-2"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(account.oidcSubject()).isEqualTo("sub-1");
    }
}
