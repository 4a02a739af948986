package vn.danvan.open311.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import vn.danvan.shared.DomainException;

class ApiClientTests {

    static final String KEY = "dv_0123456789abcdef0123456789";
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-30T09:00:00+07:00");

    @Test
    void anIssuedClientIsActiveAndKeepsOnlyTheHashAndPrefixOfItsKey() {
        var client = ApiClient.issue("  Ứng dụng Huế-S  ", "  ioc@hue.gov.vn ", KEY);

        assertThat(client.isActive()).isTrue();
        assertThat(client.name()).isEqualTo("Ứng dụng Huế-S");
        assertThat(client.contact()).isEqualTo("ioc@hue.gov.vn");
        assertThat(client.keyPrefix()).isEqualTo("dv_01234");
        assertThat(client.keySha256()).isEqualTo(ApiKey.sha256(KEY)).doesNotContain(KEY);
    }

    @Test
    void aBlankContactIsLeftOut() {
        assertThat(ApiClient.issue("Ứng dụng", "   ", KEY).contact()).isNull();
    }

    @Test
    void aClientNeedsANameOfAtMostTwoHundredCharacters() {
        for (String name : new String[] {null, "", "   ", "x".repeat(201)}) {
            assertThatThrownBy(() -> ApiClient.issue(name, null, KEY))
                    .as(String.valueOf(name))
                    .isInstanceOfSatisfying(DomainException.class, refused -> {
                        assertThat(refused.code()).isEqualTo("open311.client-name-required");
                        assertThat(refused.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    });
        }
    }

    @Test
    void aKeyShorterThanTwentyCharactersIsRefusedAfterTheName() {
        assertThatThrownBy(() -> ApiClient.issue("Ứng dụng", null, "dv_short"))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo("open311.key-too-short"));
        assertThatThrownBy(() -> ApiClient.issue("", null, "dv_short"))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo("open311.client-name-required"));
    }

    @Test
    void aGeneratedKeyIsLongAndDifferentEachTime() {
        var random = new SecureRandom();
        var one = ApiKey.generate(random);

        assertThat(one.value()).startsWith("dv_").hasSize(51);
        assertThat(one).isNotEqualTo(ApiKey.generate(random));
        assertThat(one.toString()).doesNotContain(one.value());
    }

    @Test
    void aRevokedClientIsNoLongerActive() {
        var client = ApiClient.restore(7, "Ứng dụng", null, ApiKey.sha256(KEY), "dv_01234", NOW, null);

        client.revoke(NOW.plusHours(1));

        assertThat(client.isActive()).isFalse();
        assertThat(client.revokedAt()).isEqualTo(NOW.plusHours(1));
    }

    @Test
    void aClientRevokedAlreadyCannotBeRevokedAgain() {
        var client = ApiClient.restore(7, "Ứng dụng", null, ApiKey.sha256(KEY), "dv_01234", NOW, NOW);

        assertThatThrownBy(() -> client.revoke(NOW.plusHours(1)))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("open311.client-not-found");
                    assertThat(refused.status()).isEqualTo(HttpStatus.NOT_FOUND);
                    assertThat(refused.arguments()).containsExactly(7L);
                });
        assertThat(client.revokedAt()).isEqualTo(NOW);
    }

    @Test
    void aServiceCodeNamesAnOfferedTypeInAKnownField() {
        var fields = java.util.List.of("ENVIRONMENT", "LAND");

        assertThat(ServiceCode.parse("FEEDBACK-ENVIRONMENT", fields))
                .contains(new ServiceCode(vn.danvan.petition.PetitionType.FEEDBACK, "ENVIRONMENT"));
        assertThat(ServiceCode.parse("RECOMMENDATION-LAND", fields).map(ServiceCode::code))
                .contains("RECOMMENDATION-LAND");
        assertThat(ServiceCode.parse("COMPLAINT-LAND", fields)).isEmpty();
        assertThat(ServiceCode.parse("FEEDBACK-SPACE", fields)).isEmpty();
        assertThat(ServiceCode.parse("FEEDBACK", fields)).isEmpty();
    }
}
