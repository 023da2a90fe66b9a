package org.datagraal.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** getaddrinfo's family and hints as dns.lookup passes them, applied to what the JDK resolved. */
class DnsBindingTest {
    private static InetAddress[] addresses(String... literals) throws UnknownHostException {
        InetAddress[] found = new InetAddress[literals.length];
        for (int i = 0; i < literals.length; i++) {
            found[i] = InetAddress.getByName(literals[i]);
        }
        return found;
    }

    private static List<String> select(InetAddress[] found, int family, int hints) {
        return DnsBinding.select(found, family, hints).stream().map(Addresses::format).toList();
    }

    @Test
    void familyKeepsTheResolversOrderWithinIt() throws Exception {
        InetAddress[] found = addresses("2001:db8::1", "192.0.2.1", "2001:db8::2", "192.0.2.2");
        assertEquals(List.of("2001:db8::1", "192.0.2.1", "2001:db8::2", "192.0.2.2"), select(found, 0, 0));
        assertEquals(List.of("192.0.2.1", "192.0.2.2"), select(found, 4, 0));
        assertEquals(List.of("2001:db8::1", "2001:db8::2"), select(found, 6, 0));
    }

    @Test
    void v4MappedAnswersIpv4AsIpv6OnlyWhenThereIsNoIpv6OrWithAll() throws Exception {
        InetAddress[] v4Only = addresses("192.0.2.1", "192.0.2.2");
        assertEquals(List.of(), select(v4Only, 6, 0));
        assertEquals(List.of("::ffff:192.0.2.1", "::ffff:192.0.2.2"), select(v4Only, 6, DnsBinding.AI_V4MAPPED));
        InetAddress[] both = addresses("192.0.2.1", "2001:db8::1");
        assertEquals(List.of("2001:db8::1"), select(both, 6, DnsBinding.AI_V4MAPPED));
        assertEquals(List.of("2001:db8::1", "::ffff:192.0.2.1"),
                select(both, 6, DnsBinding.AI_V4MAPPED | DnsBinding.AI_ALL));
        // Without AF_INET6 the mapping hints change nothing, as in glibc.
        assertEquals(List.of("192.0.2.1", "2001:db8::1"), select(both, 0, DnsBinding.AI_V4MAPPED | DnsBinding.AI_ALL));
    }

    @Test
    void servicesAreNamedFromEtcServicesOrAsDigits() {
        assertEquals("65000", DnsBinding.serviceName(65000));
    }
}
