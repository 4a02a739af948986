package vn.danvan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTests {

    @Test
    void anIpv4AddressIsCountedByItself() {
        assertThat(ClientAddress.network("203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void everyIpv6AddressOfOneSlash64IsCountedAsOneWhateverItsSpelling() {
        assertThat(ClientAddress.network("2001:db8:1:2:a:b:c:d")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddress.network("2001:0db8:0001:0002:0000:0000:0000:0001"))
                .isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddress.network("2001:db8:1:2::ffff")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddress.network("[2001:DB8:1:2::1]")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddress.network("2001:db8:1:3::1")).isEqualTo("2001:db8:1:3::/64");
        assertThat(ClientAddress.network("0:0:0:0:0:0:0:1")).isEqualTo("0:0:0:0::/64");
    }

    @Test
    void anIpv4MappedAddressIsItsIpv4AddressAndAnythingElseIsKeptAsItCame() {
        assertThat(ClientAddress.network("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.network("unknown")).isEqualTo("unknown");
        assertThat(ClientAddress.network("not:an:address:zz")).isEqualTo("not:an:address:zz");
    }
}
