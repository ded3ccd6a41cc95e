package org.corpusbot.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressPolicyTest {
  @ParameterizedTest
  @CsvSource({
    "127.0.0.1, true",
    "127.8.9.10, true",
    "0.0.0.0, true",
    "10.1.2.3, true",
    "172.16.0.1, true",
    "172.31.255.255, true",
    "172.32.0.1, false",
    "192.168.1.1, true",
    "169.254.169.254, true",
    "100.64.0.1, true",
    "224.0.0.1, true",
    "255.255.255.255, true",
    "8.8.8.8, false",
    "93.184.216.34, false",
    "::1, true",
    "::, true",
    "fe80::1, true",
    "fc00::1, true",
    "fd12:3456::1, true",
    "ff02::1, true",
    "2002:0a00:0001::1, true",
    "2002:0808:0808::1, false",
    "64:ff9b::a9fe:a9fe, true",
    "2606:4700::1111, false",
  })
  void refusesPrivateLoopbackLinkLocalAndMulticast(String address, boolean refused)
      throws Exception {
    assertThat(AddressPolicy.refusal(InetAddress.getByName(address)) != null)
        .as(address)
        .isEqualTo(refused);
  }

  @ParameterizedTest
  @CsvSource({
    "00000000000000000000ffff7f000001, true", // ::ffff:127.0.0.1
    "00000000000000000000ffffa9fea9fe, true", // ::ffff:169.254.169.254
    "000000000000000000000000c0a80001, true", // ::192.168.0.1 (compatible)
    "00000000000000000000ffff08080808, false", // ::ffff:8.8.8.8
  })
  void looksInsideIpv6AddressesThatCarryAnIpv4One(String hex, boolean refused) {
    InetAddress a = AddressPolicy.v6(HexFormat.of().parseHex(hex));
    assertThat(AddressPolicy.refusal(a) != null).as(a.toString()).isEqualTo(refused);
  }
}
