package org.datagraal.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The seed scripts and their goldens are the shared seed's, byte for byte (where shared/ is beside). */
class SeedGoldensTest {
    private static final Path SHARED_SEED = Path.of("../shared/seed");

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void seedFilesAreUnchanged(int n) throws IOException {
        assumeTrue(Files.isDirectory(SHARED_SEED), "no shared/ beside this clone");
        assertArrayEquals(Files.readAllBytes(SHARED_SEED.resolve("example-" + n + ".index.js")),
                Files.readAllBytes(Path.of("examples/seed-" + n + "/index.js")));
        assertArrayEquals(Files.readAllBytes(SHARED_SEED.resolve("example-" + n + ".expected-stdout")),
                Files.readAllBytes(Path.of("js-tests/seed/seed-" + n + ".stdout")));
    }
}
