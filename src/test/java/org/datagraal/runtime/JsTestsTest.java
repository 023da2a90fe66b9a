package org.datagraal.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every js-tests case in-process, each in a fresh runtime on the shared Engine, and compares
 * its stdout (byte for byte) and exit code with the goldens recorded from Node 20. The seed
 * examples come first, with the seed's own expected stdout as their goldens.
 */
class JsTestsTest {
    private static final Path CASES = Path.of("js-tests");
    private static final Duration LIMIT = Duration.ofSeconds(120);

    record Case(String name, Path script, Path goldenStdout, Path goldenStatus) {
    }

    @TestFactory
    Stream<DynamicTest> jsTests() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (int n = 1; n <= 2; n++) {
            cases.add(new Case("seed-" + n, Path.of("examples/seed-" + n + "/index.js"),
                    CASES.resolve("seed/seed-" + n + ".stdout"), CASES.resolve("seed/seed-" + n + ".status")));
        }
        try (Stream<Path> files = Files.walk(CASES)) {
            // Files under a fixtures/ folder are what cases require, not cases; the npm suite needs
            // its packages installed first (NpmSuiteIT runs it).
            files.filter(f -> (f.toString().endsWith(".js") || f.toString().endsWith(".mjs"))
                    && !f.toString().contains("/fixtures/") && !f.startsWith(CASES.resolve("npm")))
                    .sorted().forEach(script -> {
                String base = script.getFileName().toString().replaceAll("\\.m?js$", "");
                cases.add(new Case(CASES.relativize(script).toString(), script,
                        script.resolveSibling(base + ".stdout"), script.resolveSibling(base + ".status")));
            });
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), c.script().toUri(), () -> run(c)));
    }

    private static void run(Case testCase) throws IOException {
        byte[] expected = Files.readAllBytes(testCase.goldenStdout());
        int expectedStatus = Integer.parseInt(Files.readString(testCase.goldenStatus()).trim());
        Path script = testCase.script().toAbsolutePath();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        // NAME.stdin, when there is one, is the case's standard input; otherwise it is empty.
        Path stdinFile = script.resolveSibling(script.getFileName().toString().replaceAll("\\.js$", ".stdin"));
        InputStream stdin = Files.exists(stdinFile)
                ? new java.io.ByteArrayInputStream(Files.readAllBytes(stdinFile)) : InputStream.nullInputStream();
        RuntimeOptions options = new RuntimeOptions(List.of("datagraal", script.toString()), List.of(),
                System.getenv(), script.getParent().toString(), "datagraal", stdout, stderr, stdin, false);
        int status = assertTimeoutPreemptively(LIMIT, () -> {
            try (NodeRuntime runtime = new NodeRuntime(options)) {
                return runtime.runMain(script.toString());
            }
        }, () -> testCase.name() + " did not finish; stderr:\n" + stderr.toString(StandardCharsets.UTF_8));
        String diagnostics = testCase.name() + " stderr:\n" + stderr.toString(StandardCharsets.UTF_8);
        assertEquals(new String(expected, StandardCharsets.UTF_8), stdout.toString(StandardCharsets.UTF_8), diagnostics);
        assertArrayEquals(expected, stdout.toByteArray(), diagnostics);
        assertEquals(expectedStatus, status, diagnostics);
    }
}
