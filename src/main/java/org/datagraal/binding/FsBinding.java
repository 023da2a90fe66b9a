package org.datagraal.binding;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The file system work of {@code fs}: every operation runs synchronously when called without a
 * callback, or, with one, on a pool thread like libuv's (a request in flight until the callback
 * has run on the loop thread). Results are never thrown: an operation returns its value, or a
 * negative errno (Linux numbering) from which the JS side builds Node's error.
 *
 * <p>File descriptors are this runtime's own numbers (from 3 up, the lowest free first) for the
 * channels it opened; 0, 1 and 2 are the process's standard streams.
 */
public final class FsBinding {
    /** Like libuv's pool of four threads: file operations block, so they never run on a loop. */
    private final ExecutorService pool = Executors.newFixedThreadPool(4, task -> {
        Thread thread = new Thread(task, "datagraal-fs");
        thread.setDaemon(true);
        return thread;
    });
    private static final int O_ACCMODE = 3;
    private static final int O_WRONLY = 1;
    private static final int O_RDWR = 2;
    private static final int O_CREAT = 0x40;
    private static final int O_EXCL = 0x80;
    private static final int O_TRUNC = 0x200;
    private static final int O_APPEND = 0x400;
    private static final int O_DSYNC = 0x1000;
    private static final int O_DIRECTORY = 0x10000;
    private static final int O_NOFOLLOW = 0x20000;
    private static final int O_SYNC = 0x101000;
    private static final int COPYFILE_EXCL = 1;
    private static final int S_IFMT = 0xF000;
    private static final int S_IFDIR = 0x4000;
    private static final int MAX_LINKS = 40;
    private static final String TEMP_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final BindingContext context;
    private final Map<Integer, OpenFile> files = new ConcurrentHashMap<>();
    private InputStream stdin;

    /** An open file: its channel, its path (for fstat) and whether writes go to its end. */
    private record OpenFile(FileChannel channel, Path path, boolean appendByHand) {
    }

    @FunctionalInterface
    private interface FsOperation {
        Object run() throws IOException;
    }

    FsBinding(BindingContext context) {
        this.context = context;
        // File operations still running when the runtime closes are abandoned with their threads.
        context.onClose(() -> {
            pool.shutdownNow();
            try {
                pool.awaitTermination(2, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        // Descriptors the script left open are closed with the runtime, as a process's are.
        context.onClose(this::closeAll);
    }

    private void closeAll() {
        for (Integer fd : List.copyOf(files.keySet())) {
            OpenFile file = files.remove(fd);
            if (file != null) {
                try {
                    file.channel().close();
                } catch (IOException ignored) {
                    // nothing more can be done for it
                }
            }
        }
    }

    /** The file's text as UTF-8, or null when it cannot be read (for the module loader). */
    @HostAccess.Export
    public String readFileUtf8(String path) {
        try {
            Path target = Path.of(context.cwd).resolve(path);
            if (!context.fileAccess.allows(target, true)) {
                return null;
            }
            return Files.readString(target, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * 0 for a regular file, 1 for a folder, -2 (ENOENT) when there is neither, READ_DENIED outside
     * the module roots, whether it exists or not (for the loader).
     */
    @HostAccess.Export
    public int stat(String path) {
        Path target = Path.of(context.cwd).resolve(path);
        if (!context.fileAccess.allows(target, true)) {
            return FileAccess.READ_DENIED;
        }
        if (Files.isRegularFile(target)) {
            return 0;
        }
        return Files.isDirectory(target) ? 1 : -2;
    }

    /** The path with links resolved, or the path itself when it does not exist (for the loader). */
    @HostAccess.Export
    public String realpath(String path) {
        try {
            Path target = Path.of(context.cwd).resolve(path);
            return context.fileAccess.allows(target, true) ? target.toRealPath().toString() : path;
        } catch (IOException | RuntimeException e) {
            return path;
        }
    }

    /** Why stat falls back to the JDK's attributes (blksize and blocks estimated), or null. */
    @HostAccess.Export
    public String statFallbackReason() {
        return FsStat.get().unavailableReason();
    }

    // ---- descriptors ----

    /** open(2) with Node's numeric flags and mode: a descriptor or a negative errno. */
    @HostAccess.Export
    public Object open(String path, int flags, int mode, Value callback) {
        Path target = resolveStrict(path);
        boolean writes = (flags & O_ACCMODE) != 0 || (flags & (O_CREAT | O_TRUNC | O_APPEND)) != 0;
        FsOperation open = reading(target, true, () -> openFile(target, flags, mode));
        return submit(callback, writes ? writing(target, true, open) : open);
    }

    private Object openFile(Path target, int flags, int mode) throws IOException {
        if (target == null) {
            return FsErrno.ENOENT;
        }
        Set<OpenOption> options = new HashSet<>();
        int access = flags & O_ACCMODE;
        boolean read = access == 0 || access == O_RDWR;
        boolean write = access == O_WRONLY || access == O_RDWR;
        if (read) {
            options.add(StandardOpenOption.READ);
        }
        if (write) {
            options.add(StandardOpenOption.WRITE);
        }
        boolean append = (flags & O_APPEND) != 0;
        boolean appendByHand = false;
        if (append) {
            if (read || !write) {
                // The JDK refuses READ with APPEND: writes then go to the end by hand.
                appendByHand = true;
                options.add(StandardOpenOption.WRITE);
            } else {
                options.add(StandardOpenOption.APPEND);
            }
        }
        if ((flags & O_CREAT) != 0) {
            options.add((flags & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        }
        if ((flags & O_TRUNC) != 0 && write) {
            options.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if ((flags & O_SYNC) == O_SYNC) {
            options.add(StandardOpenOption.SYNC);
        } else if ((flags & O_DSYNC) != 0) {
            options.add(StandardOpenOption.DSYNC);
        }
        if ((flags & O_NOFOLLOW) != 0) {
            options.add(LinkOption.NOFOLLOW_LINKS);
        }
        if ((flags & O_DIRECTORY) != 0) {
            if (!Files.exists(target)) {
                return FsErrno.ENOENT;
            }
            if (!Files.isDirectory(target)) {
                return FsErrno.ENOTDIR;
            }
        }
        FileChannel channel = FileChannel.open(target, options, permissions(mode));
        return register(new OpenFile(channel, target, appendByHand));
    }

    private synchronized int register(OpenFile file) {
        int fd = 3;
        while (files.containsKey(fd)) {
            fd++;
        }
        files.put(fd, file);
        return fd;
    }

    @HostAccess.Export
    public Object close(int fd, Value callback) {
        return submit(callback, () -> {
            if (fd >= 0 && fd <= 2) {
                return 0;
            }
            OpenFile file = files.remove(fd);
            if (file == null) {
                return FsErrno.EBADF;
            }
            file.channel().close();
            return 0;
        });
    }

    /**
     * Reads up to {@code length} bytes at {@code position} (the file's own position when negative):
     * a ByteBuffer of the bytes read (empty at the end) or a negative errno.
     */
    @HostAccess.Export
    public Object read(int fd, int length, long position, Value callback) {
        return submit(callback, () -> readBytes(fd, length, position));
    }

    private Object readBytes(int fd, int length, long position) throws IOException {
        if (fd == 0) {
            byte[] bytes = new byte[length];
            int count = length == 0 ? 0 : standardInput().read(bytes, 0, length);
            return ByteBuffer.wrap(Arrays.copyOf(bytes, Math.max(count, 0)));
        }
        OpenFile file = files.get(fd);
        if (file == null) {
            return FsErrno.EBADF;
        }
        // One read(2), as Node's fs.read does: fewer bytes than asked are not an error.
        ByteBuffer buffer = ByteBuffer.allocate(length);
        int count = 0;
        if (length > 0) {
            count = Math.max(0, position < 0 ? file.channel().read(buffer) : file.channel().read(buffer, position));
        }
        return ByteBuffer.wrap(Arrays.copyOf(buffer.array(), count));
    }

    /** The rest of the file from its own position, as readFile needs it: a ByteBuffer or an errno. */
    @HostAccess.Export
    public Object readAll(int fd, Value callback) {
        return submit(callback, () -> {
            Object bytes = readRest(fd);
            return bytes instanceof byte[] array ? ByteBuffer.wrap(array) : bytes;
        });
    }

    /**
     * The rest of the file decoded as UTF-8 the way Node decodes it (each maximal ill-formed
     * subsequence becomes one U+FFFD; a byte order mark stays): a String or an errno. Text needs no
     * copying into JS memory, unlike bytes.
     */
    @HostAccess.Export
    public Object readAllText(int fd, Value callback) {
        return submit(callback, () -> {
            Object bytes = readRest(fd);
            return bytes instanceof byte[] array ? Utf8.decode(array) : bytes;
        });
    }

    private Object readRest(int fd) throws IOException {
        if (fd == 0) {
            return standardInput().readAllBytes();
        }
        OpenFile file = files.get(fd);
        if (file == null) {
            return FsErrno.EBADF;
        }
        FileChannel channel = file.channel();
        long size = 0;
        try {
            size = channel.size() - channel.position();
        } catch (IOException ignored) {
            // pipes and devices have no size: read until the end
        }
        if (size > Integer.MAX_VALUE - 16) {
            return FsErrno.EFBIG;
        }
        byte[] bytes = new byte[(int) Math.max(size, 0) + 1];
        int count = 0;
        for (;;) {
            if (count == bytes.length) {
                if (bytes.length >= Integer.MAX_VALUE - 16) {
                    return FsErrno.EFBIG;
                }
                bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 16L, Math.max(8192L, bytes.length * 2L)));
            }
            int n = channel.read(ByteBuffer.wrap(bytes, count, bytes.length - count));
            if (n < 0) {
                break;
            }
            count += n;
        }
        return count == bytes.length ? bytes : Arrays.copyOf(bytes, count);
    }

    /**
     * Writes {@code length} bytes of a JS ArrayBuffer from {@code offset} at {@code position} (the
     * file's own position when negative): the count written or a negative errno. The bytes are
     * copied before an asynchronous write starts.
     */
    @HostAccess.Export
    public Object write(int fd, Value arrayBuffer, int offset, int length, long position, Value callback) {
        byte[] bytes = new byte[length];
        if (length > 0) {
            arrayBuffer.readBuffer(offset, bytes, 0, length);
        }
        return submit(callback, () -> writeBytes(fd, bytes, position));
    }

    private Object writeBytes(int fd, byte[] bytes, long position) throws IOException {
        if (fd == 1 || fd == 2) {
            int result = (fd == 1 ? context.stdout : context.stderr).write(bytes);
            return result < 0 ? result : bytes.length;
        }
        OpenFile file = files.get(fd);
        if (file == null) {
            return FsErrno.EBADF;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        FileChannel channel = file.channel();
        if (file.appendByHand()) {
            synchronized (file) {
                long end = channel.size();
                while (buffer.hasRemaining()) {
                    end += channel.write(buffer, end);
                }
            }
        } else if (position < 0) {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } else {
            long at = position;
            while (buffer.hasRemaining()) {
                at += channel.write(buffer, at);
            }
        }
        return bytes.length;
    }

    @HostAccess.Export
    public Object fstat(int fd, Value callback) {
        return submit(callback, () -> {
            if (fd >= 0 && fd <= 2) {
                return FsStat.get().stat(Path.of("/proc/self/fd/" + fd), true);
            }
            OpenFile file = files.get(fd);
            if (file == null) {
                return FsErrno.EBADF;
            }
            return FsStat.get().stat(file.path(), true);
        });
    }

    @HostAccess.Export
    public Object fsync(int fd, boolean metadata, Value callback) {
        return submit(callback, () -> {
            if (fd >= 0 && fd <= 2) {
                return 0;
            }
            OpenFile file = files.get(fd);
            if (file == null) {
                return FsErrno.EBADF;
            }
            file.channel().force(metadata);
            return 0;
        });
    }

    @HostAccess.Export
    public Object ftruncate(int fd, long length, Value callback) {
        return submit(callback, () -> {
            OpenFile file = files.get(fd);
            if (file == null) {
                return FsErrno.EBADF;
            }
            return truncateChannel(file.channel(), length);
        });
    }

    private static Object truncateChannel(FileChannel channel, long length) throws IOException {
        long size = channel.size();
        if (length < size) {
            // ftruncate(2) leaves the file offset alone; the JDK would pull it back to the new size.
            long position = channel.position();
            channel.truncate(length);
            channel.position(position);
        } else if (length > size) {
            channel.write(ByteBuffer.wrap(new byte[1]), length - 1);
        }
        return 0;
    }

    // ---- paths ----

    /** The stat string (see {@link FsStat}) of a path, following a final link when {@code follow}. */
    @HostAccess.Export
    public Object statPath(String path, boolean follow, Value callback) {
        Path target = resolveStrict(path);
        return submit(callback, reading(target, follow,
                () -> target == null ? FsErrno.ENOENT : FsStat.get().stat(target, follow)));
    }

    /**
     * A folder's entry names, sorted by their bytes as libuv sorts them, as a JSON array; with
     * {@code withTypes}, a JSON array of [name, UV_DIRENT type] pairs.
     */
    @HostAccess.Export
    public Object readdir(String path, boolean withTypes, Value callback) {
        Path target = resolveStrict(path);
        return submit(callback, reading(target, true, () -> {
            if (target == null) {
                return FsErrno.ENOENT;
            }
            List<String> names = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
                for (Path entry : entries) {
                    names.add(entry.getFileName().toString());
                }
            }
            names.sort(FsBinding::compareCodePoints);
            StringBuilder json = new StringBuilder("[");
            for (String name : names) {
                if (json.length() > 1) {
                    json.append(',');
                }
                if (withTypes) {
                    json.append('[').append(Json.quote(name)).append(',').append(direntType(target.resolve(name))).append(']');
                } else {
                    json.append(Json.quote(name));
                }
            }
            return json.append(']').toString();
        }));
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** UV_DIRENT_*: 1 file, 2 folder, 3 link, 4 FIFO, 5 socket, 6 character device, 7 block device. */
    private static int direntType(Path entry) {
        try {
            int mode = (Integer) Files.getAttribute(entry, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            return switch (mode & S_IFMT) {
                case 0x8000 -> 1;
                case S_IFDIR -> 2;
                case 0xA000 -> 3;
                case 0x1000 -> 4;
                case 0xC000 -> 5;
                case 0x2000 -> 6;
                case 0x6000 -> 7;
                default -> 0;
            };
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * mkdir(2); with {@code recursive}, like mkdir -p, returning the first folder it created (the
     * path as given, up to that folder) or "" when all existed. 0 or a negative errno otherwise.
     */
    @HostAccess.Export
    public Object mkdir(String path, int mode, boolean recursive, Value callback) {
        return submit(callback, () -> {
            if (path.isEmpty()) {
                return FsErrno.ENOENT;
            }
            if (!context.fileAccess.allows(resolve(path), false)) {
                return FileAccess.WRITE_DENIED;
            }
            if (!recursive) {
                Files.createDirectory(resolve(path), permissions(mode));
                return 0;
            }
            String[] first = {null};
            int result = makeDirectories(path, mode, first);
            if (result < 0) {
                return result;
            }
            return first[0] == null ? "" : first[0];
        });
    }

    private int makeDirectories(String path, int mode, String[] first) {
        Path target = resolve(path);
        int result = makeDirectory(target, mode);
        if (result == FsErrno.ENOENT) {
            String parent = dirname(path);
            if (parent.equals(path)) {
                return result;
            }
            int parentResult = makeDirectories(parent, mode, first);
            if (parentResult < 0) {
                return parentResult;
            }
            result = makeDirectory(target, mode);
        }
        if (result == 0) {
            if (first[0] == null) {
                first[0] = path;
            }
            return 0;
        }
        if (result == FsErrno.EEXIST) {
            return Files.isDirectory(target) ? 0 : FsErrno.EEXIST;
        }
        return result;
    }

    private static int makeDirectory(Path target, int mode) {
        try {
            Files.createDirectory(target, permissions(mode));
            return 0;
        } catch (IOException | RuntimeException e) {
            return FsErrno.of(e);
        }
    }

    /** path.dirname for POSIX paths. */
    private static String dirname(String path) {
        int end = path.length();
        while (end > 1 && path.charAt(end - 1) == '/') {
            end--;
        }
        int slash = path.lastIndexOf('/', end - 1);
        if (slash < 0) {
            return ".";
        }
        while (slash > 0 && path.charAt(slash - 1) == '/') {
            slash--;
        }
        return slash == 0 ? "/" : path.substring(0, slash);
    }

    /** A new folder named {@code prefix} and six random characters, mode 0700: its path or an errno. */
    @HostAccess.Export
    public Object mkdtemp(String prefix, Value callback) {
        return submit(callback, () -> {
            for (int attempt = 0; attempt < 100; attempt++) {
                StringBuilder name = new StringBuilder(prefix);
                for (int i = 0; i < 6; i++) {
                    name.append(TEMP_CHARS.charAt(RANDOM.nextInt(TEMP_CHARS.length())));
                }
                Path candidate = resolve(name.toString());
                if (!context.fileAccess.allows(candidate, false)) {
                    return FileAccess.WRITE_DENIED;
                }
                int result = makeDirectory(candidate, 0700);
                if (result == 0) {
                    return name.toString();
                }
                if (result != FsErrno.EEXIST) {
                    return result;
                }
            }
            return FsErrno.EEXIST;
        });
    }

    @HostAccess.Export
    public Object rmdir(String path, Value callback) {
        Path target = resolve(path);
        return submit(callback, writing(target, false, () -> {
            if (path.isEmpty()) {
                return FsErrno.ENOENT;
            }
            int mode = lstatMode(target);
            if (mode < 0) {
                return mode;
            }
            if ((mode & S_IFMT) != S_IFDIR) {
                return FsErrno.ENOTDIR;
            }
            Files.delete(target);
            return 0;
        }));
    }

    @HostAccess.Export
    public Object unlink(String path, Value callback) {
        Path target = resolveStrict(path);
        return submit(callback, writing(target, false, () -> {
            if (target == null) {
                return FsErrno.ENOENT;
            }
            int mode = lstatMode(target);
            if (mode < 0) {
                return mode;
            }
            if ((mode & S_IFMT) == S_IFDIR) {
                return FsErrno.EISDIR;
            }
            Files.delete(target);
            return 0;
        }));
    }

    /** Deletes a file, or a folder with everything in it (links are removed, never followed). */
    @HostAccess.Export
    public Object rmTree(String path, Value callback) {
        Path target = resolve(path);
        return submit(callback, writing(target, false, () -> path.isEmpty() ? FsErrno.ENOENT : deleteTree(target)));
    }

    private static int deleteTree(Path target) throws IOException {
        int mode = lstatMode(target);
        if (mode < 0) {
            return mode == FsErrno.ENOENT ? 0 : mode;
        }
        if ((mode & S_IFMT) == S_IFDIR) {
            List<Path> children = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
                entries.forEach(children::add);
            }
            for (Path child : children) {
                int result = deleteTree(child);
                if (result < 0) {
                    return result;
                }
            }
        }
        Files.deleteIfExists(target);
        return 0;
    }

    private static int lstatMode(Path target) {
        try {
            return (Integer) Files.getAttribute(target, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | RuntimeException e) {
            return FsErrno.of(e);
        }
    }

    /** rename(2). */
    @HostAccess.Export
    public Object rename(String from, String to, Value callback) {
        Path source = resolve(from);
        Path target = resolve(to);
        return submit(callback, writing(source, false, destWriting(target, false, () -> {
            if (from.isEmpty() || to.isEmpty()) {
                return FsErrno.ENOENT;
            }
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
            return 0;
        })));
    }

    /**
     * Copies a file's bytes and mode as libuv's copyfile does: the target keeps its identity when
     * it exists, and copying a file onto itself changes nothing. Mode bit 1 is COPYFILE_EXCL.
     */
    @HostAccess.Export
    public Object copyFile(String from, String to, int mode, Value callback) {
        Path source = resolveStrict(from);
        Path target = resolveStrict(to);
        return submit(callback, reading(source, true, destWriting(target, true, () -> {
            if (source == null || target == null) {
                return FsErrno.ENOENT;
            }
            int sourceMode = (Integer) Files.getAttribute(source, "unix:mode");
            if ((sourceMode & S_IFMT) == S_IFDIR) {
                return FsErrno.EISDIR;
            }
            if (Files.isDirectory(target)) {
                return (mode & COPYFILE_EXCL) != 0 ? FsErrno.EEXIST : FsErrno.EISDIR;
            }
            if ((mode & COPYFILE_EXCL) == 0 && Files.exists(target) && Files.isSameFile(source, target)) {
                return 0;
            }
            try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
                 FileChannel out = FileChannel.open(target, EnumSet.of(StandardOpenOption.WRITE,
                         (mode & COPYFILE_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE),
                         permissions(sourceMode))) {
                try {
                    Files.setPosixFilePermissions(target, toPermissions(sourceMode));
                } catch (IOException | UnsupportedOperationException ignored) {
                    // libuv also ignores a failing fchmod on file systems without modes
                }
                out.truncate(0);
                long size = in.size();
                long done = 0;
                while (done < size) {
                    long n = in.transferTo(done, size - done, out);
                    if (n <= 0) {
                        break;
                    }
                    done += n;
                }
            }
            return 0;
        })));
    }

    /** realpath(3): the canonical path or a negative errno. */
    @HostAccess.Export
    public Object realpathNative(String path, Value callback) {
        Path target = resolveStrict(path);
        return submit(callback, reading(target, true,
                () -> target == null ? FsErrno.ENOENT : target.toRealPath().toString()));
    }

    /**
     * Node's own realpath (fs.realpath, not .native): walks the absolute, already normalised path a
     * component at a time, resolving links lexically. Returns the path, or on failure a JSON object
     * {errno, syscall, path} naming the step that failed (lstat or stat of a prefix).
     */
    @HostAccess.Export
    public Object realpathWalk(String absolute, Value callback) {
        return submit(callback, () -> context.fileAccess.allows(resolve(absolute), true)
                ? walkRealpath(absolute) : failure(FileAccess.READ_DENIED, "lstat", absolute));
    }

    private static Object walkRealpath(String absolute) {
        String remaining = absolute;
        String resolved = "/";
        int links = 0;
        List<String> parts = new ArrayList<>(Arrays.asList(remaining.split("/")));
        int index = 0;
        while (index < parts.size()) {
            String part = parts.get(index++);
            if (part.isEmpty()) {
                continue;
            }
            String next = resolved.equals("/") ? "/" + part : resolved + "/" + part;
            Path nextPath = Path.of(next);
            int mode = lstatMode(nextPath);
            if (mode < 0) {
                return failure(mode, "lstat", next);
            }
            if ((mode & S_IFMT) != 0xA000) {
                resolved = next;
                continue;
            }
            if (++links > MAX_LINKS) {
                return failure(-40, "stat", next);
            }
            Object followed = FsStat.get().stat(nextPath, true);
            if (followed instanceof Integer errno) {
                return failure(errno, "stat", next);
            }
            String target;
            try {
                target = Files.readSymbolicLink(nextPath).toString();
            } catch (IOException | RuntimeException e) {
                return failure(FsErrno.of(e), "readlink", next);
            }
            String base = target.startsWith("/") ? target : resolved + "/" + target;
            StringBuilder rest = new StringBuilder(normalize(base));
            for (int i = index; i < parts.size(); i++) {
                rest.append('/').append(parts.get(i));
            }
            parts = new ArrayList<>(Arrays.asList(normalize(rest.toString()).split("/")));
            index = 0;
            resolved = "/";
        }
        return resolved;
    }

    /** path.normalize of an absolute path: no ".", "..", empty or trailing components. */
    private static String normalize(String absolute) {
        List<String> kept = new ArrayList<>();
        for (String part : absolute.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!kept.isEmpty()) {
                    kept.remove(kept.size() - 1);
                }
            } else {
                kept.add(part);
            }
        }
        return "/" + String.join("/", kept);
    }

    private static String failure(int errno, String syscall, String path) {
        return "{\"errno\":" + errno + ",\"syscall\":" + Json.quote(syscall) + ",\"path\":" + Json.quote(path) + "}";
    }

    /** access(2) with F_OK (0) or any of R_OK (4), W_OK (2), X_OK (1). */
    @HostAccess.Export
    public Object access(String path, int mode, Value callback) {
        Path target = resolveStrict(path);
        return submit(callback, reading(target, true, () -> {
            if (target == null) {
                return FsErrno.ENOENT;
            }
            List<java.nio.file.AccessMode> modes = new ArrayList<>();
            if ((mode & 4) != 0) {
                modes.add(java.nio.file.AccessMode.READ);
            }
            if ((mode & 2) != 0) {
                modes.add(java.nio.file.AccessMode.WRITE);
            }
            if ((mode & 1) != 0) {
                modes.add(java.nio.file.AccessMode.EXECUTE);
            }
            target.getFileSystem().provider().checkAccess(target, modes.toArray(new java.nio.file.AccessMode[0]));
            return 0;
        }));
    }

    @HostAccess.Export
    public Object readlink(String path, Value callback) {
        Path target = resolveStrict(path);
        return submit(callback, reading(target, false,
                () -> target == null ? FsErrno.ENOENT : Files.readSymbolicLink(target).toString()));
    }

    @HostAccess.Export
    public Object symlink(String linkTarget, String path, Value callback) {
        Path link = resolve(path);
        return submit(callback, writing(link, false, () -> {
            if (path.isEmpty() || linkTarget.isEmpty()) {
                return FsErrno.ENOENT;
            }
            Files.createSymbolicLink(link, Path.of(linkTarget));
            return 0;
        }));
    }

    @HostAccess.Export
    public Object link(String existing, String path, Value callback) {
        Path source = resolve(existing);
        Path link = resolve(path);
        return submit(callback, reading(source, true, destWriting(link, false, () -> {
            if (path.isEmpty() || existing.isEmpty()) {
                return FsErrno.ENOENT;
            }
            Files.createLink(link, source);
            return 0;
        })));
    }

    @HostAccess.Export
    public Object chmod(String path, int mode, Value callback) {
        Path target = resolveStrict(path);
        return submit(callback, writing(target, true, () -> {
            if (target == null) {
                return FsErrno.ENOENT;
            }
            Files.setPosixFilePermissions(target, toPermissions(mode));
            return 0;
        }));
    }

    @HostAccess.Export
    public Object fchmod(int fd, int mode, Value callback) {
        return submit(callback, () -> {
            OpenFile file = files.get(fd);
            if (file == null) {
                return FsErrno.EBADF;
            }
            Files.setPosixFilePermissions(file.path(), toPermissions(mode));
            return 0;
        });
    }

    /** Sets access and modification times (seconds since the epoch, with fractions). */
    @HostAccess.Export
    public Object utimes(String path, double atime, double mtime, boolean follow, Value callback) {
        Path target = resolveStrict(path);
        return submit(callback, writing(target, follow,
                () -> target == null ? FsErrno.ENOENT : setTimes(target, atime, mtime, follow)));
    }

    @HostAccess.Export
    public Object futimes(int fd, double atime, double mtime, Value callback) {
        return submit(callback, () -> {
            OpenFile file = files.get(fd);
            if (file == null) {
                return FsErrno.EBADF;
            }
            return setTimes(file.path(), atime, mtime, true);
        });
    }

    private static Object setTimes(Path target, double atime, double mtime, boolean follow) throws IOException {
        if (!Double.isFinite(atime) || !Double.isFinite(mtime)) {
            return FsErrno.EINVAL;
        }
        LinkOption[] options = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        Files.getFileAttributeView(target, java.nio.file.attribute.BasicFileAttributeView.class, options)
                .setTimes(fileTime(mtime), fileTime(atime), null);
        return 0;
    }

    /** Seconds as libuv hands them to utimensat(2): to the nearest microsecond. */
    private static java.nio.file.attribute.FileTime fileTime(double seconds) {
        long micros = Math.round(seconds * 1e6);
        return java.nio.file.attribute.FileTime.from(java.time.Instant.ofEpochSecond(
                Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L));
    }

    @HostAccess.Export
    public Object truncate(String path, long length, Value callback) {
        Path target = resolveStrict(path);
        return submit(callback, writing(target, true, () -> {
            if (target == null) {
                return FsErrno.ENOENT;
            }
            try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE)) {
                return truncateChannel(channel, length);
            }
        }));
    }

    // ---- plumbing ----

    /** Runs {@code operation} now, or with a callback on the pool, calling back on the loop thread. */
    private Object submit(Value callback, FsOperation operation) {
        if (callback == null || callback.isNull()) {
            return runGuarded(operation);
        }
        context.loop.requestStarted();
        pool.execute(() -> {
            Object result = runGuarded(operation);
            context.loop.post(() -> {
                context.loop.requestFinished();
                context.callbacks.invoke(callback, result);
            });
        });
        return null;
    }

    private static Object runGuarded(FsOperation operation) {
        try {
            return operation.run();
        } catch (IOException | RuntimeException e) {
            return FsErrno.of(e);
        }
    }

    /** {@code operation}, or READ_DENIED when {@code target} lies outside the module roots. */
    private FsOperation reading(Path target, boolean followFinal, FsOperation operation) {
        return guarded(target, followFinal, FileAccess.READ_DENIED, operation);
    }

    /** {@code operation}, or WRITE_DENIED when {@code target} lies outside the module roots. */
    private FsOperation writing(Path target, boolean followFinal, FsOperation operation) {
        return guarded(target, followFinal, FileAccess.WRITE_DENIED, operation);
    }

    /** {@code operation}, or DEST_WRITE_DENIED when its second path lies outside the module roots. */
    private FsOperation destWriting(Path target, boolean followFinal, FsOperation operation) {
        return guarded(target, followFinal, FileAccess.DEST_WRITE_DENIED, operation);
    }

    private FsOperation guarded(Path target, boolean followFinal, int denial, FsOperation operation) {
        if (context.fileAccess.isUnrestricted()) {
            return operation;
        }
        // Judged on the pool thread, just before the operation: the path may not exist until then.
        return () -> target != null && !context.fileAccess.allows(target, followFinal) ? denial : operation.run();
    }

    private Path resolve(String path) {
        return Path.of(context.cwd).resolve(path);
    }

    /**
     * Like {@link #resolve}, but a trailing slash still demands a folder as the kernel does (the
     * JDK drops it); null for the empty path, which names nothing.
     */
    private Path resolveStrict(String path) {
        if (path.isEmpty()) {
            return null;
        }
        if (path.length() > 1 && path.endsWith("/")) {
            return Path.of(context.cwd).resolve(path + ".");
        }
        return Path.of(context.cwd).resolve(path);
    }

    private static FileAttribute<Set<PosixFilePermission>> permissions(int mode) {
        return PosixFilePermissions.asFileAttribute(toPermissions(mode));
    }

    private static Set<PosixFilePermission> toPermissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ,
        };
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                set.add(bits[i]);
            }
        }
        return set;
    }

    private synchronized InputStream standardInput() {
        if (stdin == null) {
            stdin = context.standardInput();
        }
        return stdin;
    }
}
