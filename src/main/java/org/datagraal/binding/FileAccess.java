package org.datagraal.binding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Which files a runtime's script may reach through {@code fs} and {@code require}: everything (the
 * CLI, as Node), or only what lies under given root folders (an embedded runtime). A path is judged
 * by where it really leads: links and ".." are resolved as the kernel would before the check, so a
 * link inside a root that points outside is refused too.
 *
 * <p>The check runs just before each operation; a script that swaps a folder for a link between the
 * check and the operation (with two concurrent requests) is not stopped. The roots are a guard
 * against a script wandering off, not a replacement for an OS sandbox.
 */
public final class FileAccess {
    /** fs errnos, beyond any OS errno, for a path outside the roots: a read, a write, a write of dest. */
    static final int READ_DENIED = -1_000_002;
    static final int WRITE_DENIED = -1_000_003;
    static final int DEST_WRITE_DENIED = -1_000_004;

    private static final FileAccess UNRESTRICTED = new FileAccess(null);

    /** Canonical root folders, or null for the whole file system. */
    private final List<Path> roots;

    private FileAccess(List<Path> roots) {
        this.roots = roots;
    }

    /** Every file, as Node without its permission model. */
    public static FileAccess unrestricted() {
        return UNRESTRICTED;
    }

    /** Only files under {@code roots} (absolute folders; those that do not exist yet are taken as written). */
    public static FileAccess within(List<Path> roots) {
        List<Path> canonical = new ArrayList<>();
        for (Path root : roots) {
            canonical.add(canonical(root.toAbsolutePath(), true));
        }
        return new FileAccess(List.copyOf(canonical));
    }

    public boolean isUnrestricted() {
        return roots == null;
    }

    /**
     * Whether {@code target} (absolute) lies under a root.
     *
     * @param followFinal judge the file a final link points to (open, stat), not the link itself
     *                    (lstat, unlink, rename)
     */
    boolean allows(Path target, boolean followFinal) {
        if (roots == null) {
            return true;
        }
        Path canonical = canonical(target, followFinal);
        for (Path root : roots) {
            if (canonical.startsWith(root)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The real path of {@code absolute}: its longest existing prefix resolved by the kernel (links,
     * "..", in the order the kernel follows them), then the names that do not exist yet, normalized.
     */
    private static Path canonical(Path absolute, boolean followFinal) {
        Path fileName = absolute.getFileName();
        if (!followFinal && fileName != null && !isDots(fileName)) {
            return canonical(absolute.getParent(), true).resolve(fileName).normalize();
        }
        Deque<Path> missing = new ArrayDeque<>();
        Path existing = absolute;
        while (existing != null) {
            try {
                Path real = existing.toRealPath();
                for (Path name : missing) {
                    real = real.resolve(name);
                }
                return real.normalize();
            } catch (IOException | SecurityException e) {
                Path name = existing.getFileName();
                if (name != null) {
                    missing.addFirst(name);
                }
                existing = existing.getParent();
            }
        }
        return absolute.normalize();
    }

    private static boolean isDots(Path name) {
        String text = name.toString();
        return text.equals(".") || text.equals("..");
    }

    /** The canonical roots, or null when unrestricted. */
    List<Path> roots() {
        return roots;
    }
}

