package org.corpusbot.feeds;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which addresses a fetch may reach. A feed URL is input from whoever edits the settings or adds a
 * feed, and a redirect is input from any server on the way: without this, "fetch this page" reads
 * the cloud metadata service (169.254.169.254), the admin panel on localhost or the intranet.
 *
 * <p>Refused unless private addresses are allowed: loopback, unspecified ({@code 0.0.0.0}, {@code
 * ::}), private (10/8, 172.16/12, 192.168/16, fc00::/7), shared (100.64/10), link-local
 * (169.254/16, fe80::/10), multicast, broadcast and reserved ranges, and IPv6 addresses that embed
 * an IPv4 one (mapped {@code ::ffff:a.b.c.d}, compatible {@code ::a.b.c.d}, 6to4 {@code 2002::/16},
 * NAT64 {@code 64:ff9b::/96}) when the embedded one is refused.
 */
final class AddressPolicy {
  private AddressPolicy() {}

  /** Why {@code address} may not be fetched from, or null when it may. */
  static String refusal(InetAddress address) {
    if (address instanceof Inet4Address v4) {
      return refusalV4(v4.getAddress());
    }
    byte[] b = address.getAddress();
    if (address.isLoopbackAddress() || address.isAnyLocalAddress()) {
      return "a loopback or unspecified address";
    }
    if (address.isLinkLocalAddress() || address.isSiteLocalAddress() || (b[0] & 0xfe) == 0xfc) {
      return "a private or link-local address";
    }
    if (address.isMulticastAddress()) {
      return "a multicast address";
    }
    byte[] embedded = embeddedV4(b);
    return embedded == null ? null : refusalV4(embedded);
  }

  /** The IPv4 address an IPv6 one carries (mapped, compatible, 6to4, NAT64), or null. */
  private static byte[] embeddedV4(byte[] b) {
    boolean zeros80 = true;
    for (int i = 0; i < 10; i++) {
      zeros80 &= b[i] == 0;
    }
    if (zeros80 && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0))) {
      return new byte[] {b[12], b[13], b[14], b[15]};
    }
    if (b[0] == 0x20 && b[1] == 0x02) {
      return new byte[] {b[2], b[3], b[4], b[5]};
    }
    boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b;
    for (int i = 4; i < 12 && nat64; i++) {
      nat64 = b[i] == 0;
    }
    return nat64 ? new byte[] {b[12], b[13], b[14], b[15]} : null;
  }

  private static String refusalV4(byte[] a) {
    int b0 = a[0] & 0xff;
    int b1 = a[1] & 0xff;
    if (b0 == 127 || b0 == 0) {
      return "a loopback or unspecified address";
    }
    if (b0 == 10
        || (b0 == 172 && b1 >= 16 && b1 < 32)
        || (b0 == 192 && b1 == 168)
        || (b0 == 100 && b1 >= 64 && b1 < 128)
        || (b0 == 169 && b1 == 254)) {
      return "a private or link-local address";
    }
    if (b0 >= 224) {
      return "a multicast, broadcast or reserved address";
    }
    if ((b0 == 192 && b1 == 0 && (a[2] & 0xff) == 0) || (b0 == 198 && (b1 == 18 || b1 == 19))) {
      return "a reserved address";
    }
    return null;
  }

  /** An IPv6 address as {@link Inet6Address} keeps it (tests build mapped ones this way). */
  static InetAddress v6(byte[] sixteen) {
    try {
      return Inet6Address.getByAddress(null, sixteen, -1);
    } catch (java.net.UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
