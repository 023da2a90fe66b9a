package org.datagraal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * process.stdin on a pipe, end to end through bin/datagraal: questions answered one at a time
 * while the script waits (reading keeps it alive), then the end of input; and an unref()'d stdin
 * that lets the script end while the pipe stays open. The expected output is Node 20's.
 */
class StdinIT {
    private static final String ASK = """
            const readline = require('readline/promises');
            (async () => {
              const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
              rl.on('close', () => console.log('[close]'));
              const name = await rl.question('Name? ');
              const color = await rl.question('Color? ');
              console.log(`${name} likes ${color}`);
              for await (const line of rl) console.log(`more: ${line}`);
              console.log('stdin ended');
            })();
            """;

    private static final String UNREF = """
            process.stdin.on('data', (chunk) => console.log('never', String(chunk)));
            process.stdin.unref();
            setTimeout(() => console.log('timer ran, stdin still open'), 10);
            """;

    private static Process start(String script) throws IOException {
        Path file = Files.createTempFile("datagraal-stdin", ".js");
        Files.writeString(file, script);
        file.toFile().deleteOnExit();
        return new ProcessBuilder("bin/datagraal", file.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Reads stdout until it ends with {@code expected} (the script waits for input meanwhile). */
    private static void awaitOutput(InputStream out, ByteArrayOutputStream seen, String expected) throws IOException {
        while (!seen.toString(StandardCharsets.UTF_8).endsWith(expected)) {
            int b = out.read();
            if (b < 0) {
                throw new AssertionError("stdout ended before '" + expected + "'; got: " + seen);
            }
            seen.write(b);
        }
    }

    @Test
    void questionsAreAnsweredOneByOneThenTheEndOfInputClosesTheInterface() throws Exception {
        Process process = start(ASK);
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        try (OutputStream in = process.getOutputStream(); InputStream out = process.getInputStream()) {
            awaitOutput(out, seen, "Name? ");
            in.write("Ada\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
            awaitOutput(out, seen, "Color? ");
            in.write("blue\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
            awaitOutput(out, seen, "Ada likes blue\n");
            in.write("x\ny\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
            awaitOutput(out, seen, "more: y\n");
            assertTrue(process.isAlive(), "stdin is still open: the script must still be waiting");
            in.close();
            seen.write(out.readAllBytes());
        }
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "did not exit after stdin ended");
        assertEquals("Name? Color? Ada likes blue\nmore: x\nmore: y\n[close]\nstdin ended\n", seen.toString(StandardCharsets.UTF_8));
        assertEquals(0, process.exitValue());
    }

    @Test
    void anUnrefdStdinDoesNotKeepTheProcessAlive() throws Exception {
        Process process = start(UNREF);
        try (OutputStream in = process.getOutputStream()) {
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "an unref'd stdin kept the process alive");
            assertEquals("timer ran, stdin still open\n", new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(0, process.exitValue());
        }
    }
}
