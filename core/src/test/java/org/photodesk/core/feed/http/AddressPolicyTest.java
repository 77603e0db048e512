package org.photodesk.core.feed.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressPolicyTest {

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, loopback", "127.8.9.10, loopback", "::1, loopback",
        "10.0.0.5, private", "172.16.0.1, private", "172.31.255.254, private", "192.168.1.20, private",
        "100.64.0.1, private", "fd12:3456::1, private", "fc00::1, private", "fec0::1, private",
        "169.254.169.254, link-local", "fe80::1, link-local",
        "224.0.0.251, multicast", "239.255.255.250, multicast", "ff02::1, multicast",
        "0.0.0.0, unspecified", "::, unspecified", "255.255.255.255, reserved", "240.0.0.1, reserved",
        "::ffff:10.0.0.5, private", "::ffff:127.0.0.1, loopback", "::ffff:169.254.169.254, link-local",
        "64:ff9b::a00:5, private", "2002:c0a8:0101::1, private"})
    void forbiddenAddresses(String literal, String kind) throws UnknownHostException {
        assertThat(AddressPolicy.forbiddenKind(InetAddress.getByName(literal))).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "172.32.0.1", "172.15.255.255", "192.169.0.1", "100.128.0.1",
        "2606:2800:21f:cb07:6820:80da:af6b:8b2c", "2001:4860:4860::8888", "::ffff:8.8.8.8", "64:ff9b::808:808"})
    void publicAddresses(String literal) throws UnknownHostException {
        assertThat(AddressPolicy.forbiddenKind(InetAddress.getByName(literal))).isEmpty();
    }

    @Test
    void anIpv4MappedAddressKeptAsIpv6IsStillJudgedByItsIpv4() throws UnknownHostException {
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 10, 0, 0, 5};
        InetAddress address = Inet6Address.getByAddress("mapped.example", mapped, -1);
        assertThat(address).isInstanceOf(Inet6Address.class);
        assertThat(AddressPolicy.forbiddenKind(address)).contains("private");
    }
}
