package vn.danvan.shared;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * The network a per-address limit counts a client by: an IPv4 address itself, an IPv6 address by its /64 — one
 * subscriber's line or one data-centre host gets a whole /64 and may use any address in it, so counting single
 * IPv6 addresses would let a guesser or a flood take a fresh allowance at every request.
 */
public final class ClientAddress {

    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+(%[0-9A-Za-z]+)?");

    private ClientAddress() {}

    /** {@code 203.0.113.7} → itself; {@code 2001:db8:1:2:a:b:c:d} (any spelling) → {@code 2001:db8:1:2::/64}. */
    public static String network(String remoteAddress) {
        String address = remoteAddress.strip();
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        // Only a literal with a colon is parsed: InetAddress never looks such a string up in the DNS.
        if (address.indexOf(':') < 0 || !IPV6_LITERAL.matcher(address).matches()) {
            return address;
        }
        try {
            InetAddress parsed = InetAddress.getByName(address);
            if (!(parsed instanceof Inet6Address)) {
                return parsed.getHostAddress(); // an IPv4-mapped address is its IPv4 address
            }
            byte[] bytes = parsed.getAddress();
            StringBuilder prefix = new StringBuilder();
            for (int group = 0; group < 4; group++) {
                prefix.append(Integer.toHexString(((bytes[2 * group] & 0xff) << 8) | (bytes[2 * group + 1] & 0xff)))
                        .append(':');
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }
}
