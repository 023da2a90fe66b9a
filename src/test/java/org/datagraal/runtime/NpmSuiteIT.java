package org.datagraal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The npm suite (js-tests/npm): js-tests/npm/run.sh --prepare installs the pinned npm packages
 * into a temporary folder with the scenarios; each scenario then runs in-process, in a fresh
 * runtime, and its stdout and exit code must match the golden recorded from Node 20. Without npm,
 * or when the install fails (no registry), the tests are skipped with the reason.
 */
class NpmSuiteIT {
    private static final Path SUITE = Path.of("js-tests/npm");
    private static final Duration LIMIT = Duration.ofSeconds(120);
    private static Path work;

    @TestFactory
    Stream<DynamicTest> npmScenarios() throws IOException, InterruptedException {
        work = Files.createTempDirectory("datagraal-npm-suite");
        Path log = work.resolve("prepare.log");
        Process prepare;
        try {
            prepare = new ProcessBuilder("sh", SUITE.resolve("run.sh").toString(), "--prepare", work.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            Assumptions.abort("npm suite skipped: cannot run js-tests/npm/run.sh (" + e.getMessage() + ")");
            return Stream.empty();
        }
        if (!prepare.waitFor(360, TimeUnit.SECONDS)) {
            prepare.destroyForcibly();
            Assumptions.abort("npm suite skipped: npm install did not finish in 6 minutes");
        }
        String output = Files.readString(log);
        System.out.println(output.strip());
        if (prepare.exitValue() == 77) {
            Assumptions.abort(output.lines().filter(line -> line.startsWith("SKIP")).findFirst().orElse(output));
        }
        assertEquals(0, prepare.exitValue(), "js-tests/npm/run.sh --prepare failed:\n" + output);
        List<Path> scenarios;
        try (Stream<Path> files = Files.list(SUITE.resolve("scenarios"))) {
            scenarios = files.filter(f -> f.toString().endsWith(".js")).sorted().toList();
        }
        return scenarios.stream().map(golden -> DynamicTest.dynamicTest(golden.getFileName().toString(),
                () -> run(golden, work.resolve("scenarios").resolve(golden.getFileName()))));
    }

    private static void run(Path golden, Path script) throws IOException {
        String base = golden.getFileName().toString().replaceAll("\\.js$", "");
        String expected = Files.readString(golden.resolveSibling(base + ".stdout"));
        int expectedStatus = Integer.parseInt(Files.readString(golden.resolveSibling(base + ".status")).trim());
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        RuntimeOptions options = new RuntimeOptions(List.of("datagraal", script.toString()), List.of(), System.getenv(),
                script.getParent().toString(), "datagraal", stdout, stderr, InputStream.nullInputStream(), false);
        int status = assertTimeoutPreemptively(LIMIT, () -> {
            try (NodeRuntime runtime = new NodeRuntime(options)) {
                return runtime.runMain(script.toString());
            }
        }, () -> base + " did not finish; stderr:\n" + stderr.toString(StandardCharsets.UTF_8));
        String diagnostics = base + " stderr:\n" + stderr.toString(StandardCharsets.UTF_8);
        assertEquals(expected, stdout.toString(StandardCharsets.UTF_8), diagnostics);
        assertEquals(expectedStatus, status, diagnostics);
    }

    @AfterAll
    static void removeInstall() throws IOException {
        if (work != null && Files.exists(work)) {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
