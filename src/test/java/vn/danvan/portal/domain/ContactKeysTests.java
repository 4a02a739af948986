package vn.danvan.portal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactKeysTests {

    @Test
    void oneGmailMailboxHasOneKeyWhateverItsDotsTagAndCase() {
        assertThat(ContactKeys.canonicalEmail(" A.B+x@GMail.com ")).isEqualTo("ab@gmail.com");
        assertThat(ContactKeys.canonicalEmail("a.b@googlemail.com")).isEqualTo("ab@gmail.com");
        assertThat(ContactKeys.canonicalEmail("ab@gmail.com")).isEqualTo("ab@gmail.com");
    }

    @Test
    void otherProvidersKeepTheirDotsButLoseTheTag() {
        assertThat(ContactKeys.canonicalEmail("Nguyen.Van+so2@Example.VN")).isEqualTo("nguyen.van@example.vn");
    }

    @Test
    void aVietnamesePhoneHasOneFormWhateverItsPrefixAndSeparators() {
        for (String spelling : new String[] {
            "0912345678", "+84 912 345 678", "84912345678", "0084.912.345.678", "(091) 234-5678", "+84912.345.678"
        }) {
            assertThat(ContactKeys.canonicalPhone(spelling)).as(spelling).isEqualTo("0912345678");
        }
        assertThat(ContactKeys.canonicalPhone("+84 24 3825 3536")).isEqualTo("02438253536");
        assertThat(ContactKeys.canonicalPhone("12345")).isNull();
    }
}
