package org.datagraal.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** bin/datagraal end to end, as a user runs it, on the packaged jar. */
class LauncherIT {
    record Result(int status, byte[] stdout, String stderr) {
        String out() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
    }

    static Result launch(String... args) throws IOException, InterruptedException {
        return launchWithInput(null, args);
    }

    /** Runs bin/datagraal with {@code input} piped to its stdin (closed at once when null). */
    static Result launchWithInput(String input, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("bin/datagraal");
        command.addAll(List.of(args));
        Path stdout = Files.createTempFile("datagraal", ".out");
        Path stderr = Files.createTempFile("datagraal", ".err");
        Process process = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        try (var stdin = process.getOutputStream()) {
            if (input != null) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("bin/datagraal " + String.join(" ", args) + " did not exit");
        }
        Result result = new Result(process.exitValue(), Files.readAllBytes(stdout), Files.readString(stderr));
        Files.delete(stdout);
        Files.delete(stderr);
        return result;
    }

    @Test
    void seedExamplesPrintExactlyTheExpectedBytesTwiceInARow() throws Exception {
        for (int run = 0; run < 2; run++) {
            for (int n = 1; n <= 2; n++) {
                Result result = launch("examples/seed-" + n + "/index.js");
                byte[] expected = Files.readAllBytes(Path.of("js-tests/seed/seed-" + n + ".stdout"));
                assertArrayEquals(expected, result.stdout(), "seed-" + n + " run " + run + ":\n" + result.stderr());
                assertEquals(0, result.status(), result.stderr());
                assertTrue(result.stderr().contains("clamped as Node before v20 did"), result.stderr());
                assertTrue(result.stderr().contains("examples/seed-" + n + "/index.js:"), result.stderr());
            }
        }
    }

    @Test
    void strictSendBoundsFailsAsNode20Does() throws Exception {
        Result result = launch("--strict-send-bounds", "examples/seed-1/index.js");
        assertEquals(1, result.status());
        assertEquals("", result.out());
        assertTrue(result.stderr().contains(
                "RangeError [ERR_BUFFER_OUT_OF_BOUNDS]: \"length\" is outside of buffer bounds"), result.stderr());
        assertTrue(result.stderr().contains("code: 'ERR_BUFFER_OUT_OF_BOUNDS'"), result.stderr());
    }

    @Test
    void unrefdSocketLetsTheProcessExitAndRefdOneKeepsItRunning() throws Exception {
        for (String name : new String[] {"unref-socket-exits", "ref-socket-keeps-alive"}) {
            Result result = launch("js-tests/loop/" + name + ".js");
            assertArrayEquals(Files.readAllBytes(Path.of("js-tests/loop/" + name + ".stdout")), result.stdout(),
                    name + ":\n" + result.stderr());
            assertEquals(0, result.status(), result.stderr());
        }
    }

    @Test
    void exitStatusIsTheScripts() throws Exception {
        assertEquals(7, launch("-e", "process.exitCode = 7").status());
        Result thrown = launch("-e", "throw new Error('x')");
        assertEquals(1, thrown.status());
        assertTrue(thrown.stderr().contains("Error: x"), thrown.stderr());
    }

    @Test
    void printEvaluatesAndPrints() throws Exception {
        Result result = launch("-p", "[1 + 1, 'a']");
        assertEquals("[ 2, 'a' ]\n", result.out());
        assertEquals(0, result.status());
    }

    @Test
    void versionSaysWhichCompilationModeRuns() throws Exception {
        Result result = launch("--version");
        assertEquals(0, result.status());
        assertTrue(result.out().startsWith("datagraal "), result.out());
        assertTrue(result.out().contains("JIT") || result.out().contains("interpreter"), result.out());
    }

    @Test
    void testUdpNoTrySendQueuesEverySendAsNodeDoes() throws Exception {
        String script = """
                const s = require('dgram').createSocket('udp4');
                s.bind(0, '127.0.0.1', () => s.connect(s.address().port, '127.0.0.1', () => {
                  let n = 0;
                  const done = (err, bytes) => { console.log('sent', err, bytes); if (++n === 2) s.close(); };
                  s.send('hello', done);
                  s.send('hello!', done);
                  console.log('queued', s.getSendQueueSize(), s.getSendQueueCount());
                }));
                """;
        Result result = launch("--test-udp-no-try-send", "-e", script);
        assertEquals("queued 11 2\nsent null 5\nsent null 6\n", result.out(), result.stderr());
        assertEquals(0, result.status(), result.stderr());
    }

    @Test
    void withoutAScriptPipedStdinIsTheScriptAsInNode() throws Exception {
        Result result = launchWithInput("console.log(__filename, __dirname, process.argv.length, 1 + 1)\n");
        assertEquals("[stdin] . 1 2\n", result.out(), result.stderr());
        assertEquals(0, result.status(), result.stderr());

        Result dash = launchWithInput("console.log(process.argv.slice(1))", "-", "a", "b");
        assertEquals("[ '-', 'a', 'b' ]\n", dash.out(), dash.stderr());

        Result thrown = launchWithInput("throw new Error('from stdin')");
        assertEquals(1, thrown.status());
        assertTrue(thrown.stderr().contains("Error: from stdin"), thrown.stderr());
    }

    @Test
    void interactiveReplReadsPipedLinesAsNodeDashIDoes() throws Exception {
        // Node 20's stdout for the same input, but for its first (banner) line.
        Result result = launchWithInput("1+1\nlet x = 5\nx*2\n_\nfunction f() {\n return 3\n}\nf()\n"
                + "throw new Error('boom')\n{a:1}\n.exit\n", "-i");
        String[] lines = result.out().split("\n", 2);
        assertEquals("Welcome to datagraal (Node.js v20.20.2 API).", lines[0], result.stderr());
        assertEquals("Type \".help\" for more information.\n> 2\n> undefined\n> 10\n> 10\n> ... ... undefined\n"
                + "> 3\n> Uncaught Error: boom\n> { a: 1 }\n> ", lines[1], result.stderr());
        assertEquals(0, result.status(), result.stderr());

        Result afterEval = launchWithInput("fromEval\n", "-i", "-e", "var fromEval = 42");
        assertTrue(afterEval.out().endsWith("> 42\n> "), afterEval.out());
    }

    /** Writes {@code source} to a temporary script (deleted when the JVM ends). */
    private static Path script(String source) throws IOException {
        Path file = Files.createTempFile("datagraal-launcher", ".js");
        Files.writeString(file, source);
        file.toFile().deleteOnExit();
        return file;
    }

    @Test
    void anUncaughtErrorIsReportedAsNodeReportsIt() throws Exception {
        // Node 20's stderr for the same script, up to its first stack frame.
        Path file = script("'use strict';\nfunction fail() {\n  throw new TypeError('top');\n}\nsetTimeout(fail, 1);\n");
        Result result = launch(file.toString());
        assertEquals(1, result.status(), result.stderr());
        assertTrue(result.stderr().startsWith(file + ":3\n  throw new TypeError('top');\n  ^\n\nTypeError: top\n"
                + "    at Timeout.fail (" + file + ":3:9)\n    at "), result.stderr());
        assertTrue(result.stderr().endsWith("\n\nNode.js v20.20.2\n"), result.stderr());

        // Extra properties after the stack; line 1's caret ignores the CommonJS wrapper sharing that line.
        Path coded = script("Promise.reject(Object.assign(new Error('rej'), { code: 'E_REJ' }));\n");
        Result rejected = launch(coded.toString());
        assertEquals(1, rejected.status(), rejected.stderr());
        assertTrue(rejected.stderr().startsWith(coded + ":1\nPromise.reject(Object.assign(new Error('rej'), { code: 'E_REJ' }));\n"
                + " ".repeat(29) + "^\n\nError: rej\n    at Object.<anonymous> (" + coded + ":1:"), rejected.stderr());
        assertTrue(rejected.stderr().endsWith(" {\n  code: 'E_REJ'\n}\n\nNode.js v20.20.2\n"), rejected.stderr());
    }

    @Test
    void warningsGoToStderrInNodesFormatUnlessNoWarnings() throws Exception {
        String script = "process.emitWarning('careful'); process.emitWarning('again', 'CustomWarning', 'C1'); console.log('done')";
        Result warned = launch("-e", script);
        assertEquals("done\n", warned.out());
        String pid = warned.stderr().replaceAll("(?s)^\\(node:(\\d+)\\).*", "$1");
        assertEquals("(node:" + pid + ") Warning: careful\n(Use `node --trace-warnings ...` to show where the warning was created)\n"
                + "(node:" + pid + ") [C1] CustomWarning: again\n", warned.stderr());
        Result silenced = launch("--no-warnings", "-e", script);
        assertEquals("done\n", silenced.out());
        assertEquals("", silenced.stderr());
    }

    /** Starts {@code script}, waits for its first line on stdout, sends it SIGINT; its exit status. */
    private static int interrupt(Path script, StringBuilder output) throws Exception {
        Process process = new ProcessBuilder("bin/datagraal", script.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            output.append(out.readLine()).append('\n');
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
            out.lines().forEach(line -> output.append(line).append('\n'));
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(script + " did not exit after SIGINT");
        }
        return process.exitValue();
    }

    @Test
    void ctrlCEndsTheProcessUnlessASigintListenerHandlesIt() throws Exception {
        // Node 20: status 130 (killed by SIGINT) without a listener; the listener's choice with one.
        StringBuilder plain = new StringBuilder();
        assertEquals(130, interrupt(script("setInterval(() => {}, 1000);\nconsole.log('ready');\n"), plain));
        assertEquals("ready\n", plain.toString());
        StringBuilder handled = new StringBuilder();
        assertEquals(3, interrupt(script("process.on('SIGINT', (name, number) => { console.log('got', name, number); process.exit(3); });\n"
                + "setInterval(() => {}, 1000);\nconsole.log('ready');\n"), handled));
        assertEquals("ready\ngot SIGINT 2\n", handled.toString());
    }

    @Test
    void badOptionFailsClearly() throws Exception {
        Result result = launch("--no-such-flag");
        assertNotEquals(0, result.status());
        assertTrue(result.stderr().contains("bad option: --no-such-flag"), result.stderr());
    }
}
