package org.datagraal.binding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.graalvm.polyglot.HostAccess;

/** The file work the module loader needs: read a file, tell a file from a folder, real paths. */
public final class FsBinding {
    private final BindingContext context;

    FsBinding(BindingContext context) {
        this.context = context;
    }

    /** The file's text as UTF-8, or null when it cannot be read. */
    @HostAccess.Export
    public String readFileUtf8(String path) {
        try {
            return Files.readString(resolve(path), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** 0 for a regular file, 1 for a folder, -2 (ENOENT) when there is neither. */
    @HostAccess.Export
    public int stat(String path) {
        Path target = resolve(path);
        if (Files.isRegularFile(target)) {
            return 0;
        }
        return Files.isDirectory(target) ? 1 : -2;
    }

    /** The path with links resolved, or the path itself when it does not exist. */
    @HostAccess.Export
    public String realpath(String path) {
        try {
            return resolve(path).toRealPath().toString();
        } catch (IOException | RuntimeException e) {
            return path;
        }
    }

    private Path resolve(String path) {
        return Path.of(context.cwd).resolve(path);
    }
}
