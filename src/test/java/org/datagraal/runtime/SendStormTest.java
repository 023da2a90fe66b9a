package org.datagraal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The send storm (bench/robust/storm.js) in-process, with and without callbacks: every callback
 * runs exactly once with (null, bytes) or an error, and every datagram reaches the receiver.
 * {@code storm.count} sends (50,000 unless -Dstorm.count=N; bench/robust/run.sh does 1,000,000).
 * The queue under EAGAIN is exercised by SendStormIT, on a throttled loopback.
 */
class SendStormTest {
    private static final int COUNT = Integer.getInteger("storm.count", 50_000);

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    @Timeout(600)
    void everySendIsAccountedFor(boolean callbacks) {
        Path storm = Path.of("bench/robust/storm.js").toAbsolutePath();
        List<String> argv = new ArrayList<>(List.of("datagraal", storm.toString(), Integer.toString(COUNT)));
        if (!callbacks) {
            argv.add("--no-callbacks");
        }
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        RuntimeOptions options = new RuntimeOptions(argv, List.of(), System.getenv(), storm.getParent().toString(),
                "datagraal", stdout, stderr, InputStream.nullInputStream(), false);
        int status;
        try (NodeRuntime runtime = new NodeRuntime(options)) {
            status = runtime.runMain(storm.toString());
        }
        String out = stdout.toString(StandardCharsets.UTF_8);
        String report = out + stderr.toString(StandardCharsets.UTF_8);
        System.out.print("SendStormTest: " + out);
        assertEquals(0, status, report);
        assertTrue(out.startsWith("storm runtime=datagraal count=" + COUNT + " "), report);
        assertTrue(out.contains(" missingCallbacks=0 duplicateCallbacks=0 badArguments=0 "), report);
        assertTrue(out.contains(" received=" + COUNT + " ") || !out.contains(" errors=0 "), report);
        assertTrue(out.contains(callbacks ? " callbacks=" + COUNT + " " : " callbacks=off "), report);
        assertTrue(out.trim().endsWith("ok=true"), report);
    }
}
