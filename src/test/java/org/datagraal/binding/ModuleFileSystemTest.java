package org.datagraal.binding;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.AccessDeniedException;
import java.nio.file.AccessMode;
import java.util.Set;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;

/** The module file system gives GraalJS nothing to write, create, delete or list. */
class ModuleFileSystemTest {
    private final ModuleFileSystem files = new ModuleFileSystem();
    private final ModulePath path = new ModulePath(files, "file:///tmp/x.mjs");

    @Test
    void refusesEveryChange() {
        assertThrows(AccessDeniedException.class, () -> files.checkAccess(path, Set.of(AccessMode.WRITE)));
        assertThrows(AccessDeniedException.class, () -> files.newByteChannel(path, Set.of(StandardOpenOption.WRITE)));
        assertThrows(AccessDeniedException.class,
                () -> files.newByteChannel(path, Set.of(StandardOpenOption.READ, StandardOpenOption.CREATE)));
        assertThrows(AccessDeniedException.class, () -> files.createDirectory(path));
        assertThrows(AccessDeniedException.class, () -> files.delete(path));
        assertThrows(AccessDeniedException.class, () -> files.newDirectoryStream(path, entry -> true));
    }
}
