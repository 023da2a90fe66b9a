package org.datagraal.binding;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The OS side of process.stdin/stdout/stderr beyond plain writes (those are in ProcessBinding):
 * whether a descriptor is a terminal and its size, and reading standard input on the loop.
 */
public final class StdioBinding {
    private final BindingContext context;
    private StdinHandle stdin;
    /** unref() may come before the first read, which makes the handle. */
    private boolean stdinReferenced = true;

    StdioBinding(BindingContext context) {
        this.context = context;
    }

    /** Whether {@code fd} (0, 1 or 2) is a terminal; streams an embedder gave never are. */
    @HostAccess.Export
    public boolean isatty(int fd) {
        boolean processOwn = switch (fd) {
            case 0 -> context.stdinIsProcessStdin();
            case 1 -> context.stdoutIsProcessStdout;
            case 2 -> context.stderrIsProcessStderr;
            default -> false;
        };
        return processOwn && NativeOs.get().isatty(fd);
    }

    /** "columns,rows" of the terminal on {@code fd}, or null when it is not one or cannot be asked. */
    @HostAccess.Export
    public String windowSize(int fd) {
        int[] size = NativeOs.get().windowSize(fd);
        return size == null ? null : size[0] + "," + size[1];
    }

    /**
     * What standard input is, as libuv guesses a handle's type: "tty", "pipe" (a pipe or socket) or
     * "file" (a file or a device such as /dev/null). An InputStream the embedder gave reads as a file.
     */
    @HostAccess.Export
    public String stdinKind() {
        if (!context.stdinIsProcessStdin()) {
            return "file";
        }
        if (isatty(0)) {
            return "tty";
        }
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/0")).toString();
            return target.startsWith("pipe:") || target.startsWith("socket:") ? "pipe" : "file";
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return "pipe";
        }
    }

    /** Reads stdin, calling {@code onRead} with each chunk (a ByteBuffer), null at the end, or -errno. */
    @HostAccess.Export
    public void readStart(Value onRead) {
        if (stdin == null) {
            stdin = new StdinHandle(context, context.standardInput());
            if (!stdinReferenced) {
                stdin.unref();
            }
        }
        stdin.readStart(onRead);
    }

    @HostAccess.Export
    public void readStop() {
        if (stdin != null) {
            stdin.readStop();
        }
    }

    @HostAccess.Export
    public void ref() {
        stdinReferenced = true;
        if (stdin != null) {
            stdin.ref();
        }
    }

    @HostAccess.Export
    public void unref() {
        stdinReferenced = false;
        if (stdin != null) {
            stdin.unref();
        }
    }
}
