package org.datagraal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The send storm where the kernel pushes back: bin/datagraal runs bench/robust/storm.js on a
 * loopback throttled to 256 kbit/s (bench/robust/throttled-loopback.sh; skipped where no network
 * namespace can be made) with a 4 KiB send buffer, so sendmsg answers EAGAIN. The sends must
 * queue (getSendQueueCount() grows), resume when the socket is writable, and still every
 * callback runs once and every datagram arrives.
 */
class SendStormIT {
    private static final Pattern QUEUE = Pattern.compile(" maxQueueCount=(\\d+) maxQueueBytes=(\\d+) ");

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void sendsQueueOnEagainAndAllArrive(boolean callbacks) throws Exception {
        List<String> command = new ArrayList<>(List.of("bench/robust/throttled-loopback.sh", "bin/datagraal",
                "bench/robust/storm.js", "2000", "--sndbuf", "4096"));
        if (!callbacks) {
            command.add("--no-callbacks");
        }
        Path out = Files.createTempFile("datagraal-storm", ".out");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("THROTTLE_RATE", "256kbit");
        Process process = builder.start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the throttled storm did not end");
        }
        assumeTrue(process.exitValue() != 77, "no network namespace can be made here");
        String result = Files.readString(out, StandardCharsets.UTF_8);
        Files.delete(out);
        assertEquals(0, process.exitValue(), result);
        assertTrue(result.contains(" received=2000 ") && result.trim().endsWith("ok=true"), result);
        Matcher queue = QUEUE.matcher(result);
        assertTrue(queue.find(), result);
        assertTrue(Integer.parseInt(queue.group(1)) > 0 && Long.parseLong(queue.group(2)) > 0,
                "the sends never queued: " + result);
    }
}
