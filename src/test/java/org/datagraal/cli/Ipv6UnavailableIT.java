package org.datagraal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * dgram where IPv6 is unavailable: js-tests/faults/fixtures/ipv6-disabled.js runs in a network
 * namespace with IPv6 disabled (without-ipv6.sh; skipped where one cannot be made) and is compared
 * with Node 20's output there (ipv6-disabled.node.stdout, recorded with the same script under node).
 * udp4 behaves exactly as in Node. udp6 differs, deliberately documented: the JDK decides at start
 * that IPv6 is unavailable when no interface has an IPv6 address and then opens no AF_INET6 socket
 * at all, so every udp6 bind fails with EAFNOSUPPORT, where Node's dual-stack socket still binds
 * to :: and reaches IPv4 peers.
 */
class Ipv6UnavailableIT {
    private static final Path FIXTURES = Path.of("js-tests/faults/fixtures");

    @Test
    void udp4WorksAsInNodeAndUdp6FailsWithANodeError() throws Exception {
        Path out = Files.createTempFile("datagraal-ipv6", ".out");
        Process process = new ProcessBuilder(FIXTURES.resolve("without-ipv6.sh").toString(), "bin/datagraal",
                FIXTURES.resolve("ipv6-disabled.js").toString())
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("ipv6-disabled.js did not exit");
        }
        assumeTrue(process.exitValue() != 77, "no network namespace can be made here");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        Files.delete(out);
        List<String> node = Files.readAllLines(FIXTURES.resolve("ipv6-disabled.node.stdout"), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), String.join("\n", lines));
        assertEquals(udp4Only(node), udp4Only(lines));
        List<String> udp6 = lines.stream().filter(line -> line.startsWith("udp6")).toList();
        assertEquals(List.of("udp6 bind ::1: EAFNOSUPPORT bind", "udp6 bind :: error: EAFNOSUPPORT bind"), udp6);
        assertTrue(lines.get(lines.size() - 1).equals("done"), String.join("\n", lines));
    }

    /** The lines about udp4 alone (the mapped datagram comes from a udp6 socket). */
    private static List<String> udp4Only(List<String> lines) {
        return lines.stream().filter(line -> !line.startsWith("udp6") && !line.contains("mapped")).toList();
    }
}
