package org.photodesk.core.feed.http;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Which addresses a URL typed by a user must not reach unless explicitly allowed: loopback, private (RFC 1918,
 * carrier-grade NAT RFC 6598, IPv6 unique-local and site-local), link-local, multicast, unspecified and reserved
 * ranges, IPv4 and IPv6 alike; IPv4 addresses embedded in IPv6 (mapped {@code ::ffff:a.b.c.d}, compatible
 * {@code ::a.b.c.d}, NAT64 {@code 64:ff9b::/96}, 6to4 {@code 2002::/16}) are judged as the IPv4 address they carry.
 */
public final class AddressPolicy {

    private AddressPolicy() {}

    /** The kind of forbidden address this is ("private", "loopback", ...), or empty for a public address. */
    public static Optional<String> forbiddenKind(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return ipv4(b, 0);
        }
        if (address instanceof Inet6Address) {
            return ipv6(b);
        }
        return Optional.of("unknown");
    }

    private static Optional<String> ipv4(byte[] b, int at) {
        int a0 = b[at] & 0xFF;
        int a1 = b[at + 1] & 0xFF;
        int a2 = b[at + 2] & 0xFF;
        if (a0 == 0) {
            return Optional.of("unspecified");
        }
        if (a0 == 127) {
            return Optional.of("loopback");
        }
        if (a0 == 10 || a0 == 172 && (a1 & 0xF0) == 16 || a0 == 192 && a1 == 168 || a0 == 100 && (a1 & 0xC0) == 64) {
            return Optional.of("private");
        }
        if (a0 == 169 && a1 == 254) {
            return Optional.of("link-local");
        }
        if ((a0 & 0xF0) == 224) {
            return Optional.of("multicast");
        }
        if ((a0 & 0xF0) == 240 || a0 == 192 && a1 == 0 && a2 == 0 || a0 == 198 && (a1 & 0xFE) == 18) {
            return Optional.of("reserved");
        }
        return Optional.empty();
    }

    private static Optional<String> ipv6(byte[] b) {
        if (allZero(b, 0, 10) && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
            return ipv4(b, 12);
        }
        if (allZero(b, 0, 12)) {
            if (allZero(b, 12, 15)) {
                return Optional.of(b[15] == 0 ? "unspecified" : b[15] == 1 ? "loopback" : "reserved");
            }
            return ipv4(b, 12);
        }
        if (b[0] == 0 && b[1] == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B && allZero(b, 4, 12)) {
            return ipv4(b, 12);
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return ipv4(b, 2);
        }
        int first = b[0] & 0xFF;
        int second = b[1] & 0xFF;
        if ((first & 0xFE) == 0xFC || first == 0xFE && (second & 0xC0) == 0xC0) {
            return Optional.of("private");
        }
        if (first == 0xFE && (second & 0xC0) == 0x80) {
            return Optional.of("link-local");
        }
        if (first == 0xFF) {
            return Optional.of("multicast");
        }
        return Optional.empty();
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
