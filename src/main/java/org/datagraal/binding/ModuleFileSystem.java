package org.datagraal.binding;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.FileSystem;

/**
 * The only file system a runtime's GraalJS sees, used by nothing but its ES module loader: every
 * path is a module URL that the JS loader (lib/internal/modules/esm/loader.js) resolved, and every
 * read returns the source text that loader produced (a file's text it read through the fs binding,
 * or a generated facade for a built-in or CommonJS module). It never touches the disk itself and
 * refuses every write, so ES modules give a script no I/O beyond what the fs module has.
 *
 * <p>It keeps no state: the loader's hooks are found in the polyglot bindings of the Context that
 * is reading, so one instance serves every runtime, including Contexts a host built with
 * {@code NodeRuntime.configure}.
 */
public final class ModuleFileSystem implements FileSystem {
    public static final ModuleFileSystem INSTANCE = new ModuleFileSystem();

    private static final String HOOKS = "datagraal.esmHooks";
    private static final String MODULE_MIME_TYPE = "application/javascript+module";
    private static final String JSON_MIME_TYPE = "application/json";

    ModuleFileSystem() {
    }

    /** Installs the JS loader's hooks (resolve, format, source, pathToUrl) for the current Context. */
    static void install(Value loaderHooks) {
        Context.getCurrent().getPolyglotBindings().putMember(HOOKS, loaderHooks);
    }

    private static Value hooks() {
        Value hooks = Context.getCurrent().getPolyglotBindings().getMember(HOOKS);
        if (hooks == null || hooks.isNull()) {
            throw new IllegalStateException("the ES module loader is not set up in this Context");
        }
        return hooks;
    }

    /** Node's resolution of {@code specifier} imported from {@code referrerUrl} (null: the cwd). */
    ModulePath resolve(String referrerUrl, String specifier) {
        return new ModulePath(this, hooks().invokeMember("resolve", referrerUrl, specifier).asString());
    }

    @Override
    public Path parsePath(URI uri) {
        return resolve(null, uri.toString());
    }

    /**
     * A module URL or absolute path GraalJS read back from a source (the referrer of an import),
     * or, from code that has no file (-e), a specifier resolved against the working directory.
     */
    @Override
    public Path parsePath(String path) {
        if (path.isEmpty() || hasScheme(path)) {
            return new ModulePath(this, path);
        }
        if (path.startsWith("/")) {
            return new ModulePath(this, hooks().invokeMember("pathToUrl", path).asString());
        }
        return resolve(null, path);
    }

    private static boolean hasScheme(String text) {
        int colon = text.indexOf(':');
        if (colon < 2) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char c = text.charAt(i);
            boolean schemeChar = Character.isLetter(c) || (i > 0 && (Character.isDigit(c) || c == '+' || c == '-' || c == '.'));
            if (!schemeChar || c > 127) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... linkOptions) throws IOException {
        if (modes.contains(AccessMode.WRITE) || modes.contains(AccessMode.EXECUTE)) {
            throw new AccessDeniedException(path.toString(), null, "modules are read-only");
        }
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        for (OpenOption option : options) {
            if (option != StandardOpenOption.READ && option instanceof StandardOpenOption) {
                throw new AccessDeniedException(path.toString(), null, "modules are read-only");
            }
        }
        String source = hooks().invokeMember("source", path.toString()).asString();
        return new ReadOnlyChannel(source.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String getMimeType(Path path) {
        return "json".equals(hooks().invokeMember("format", path.toString()).asString()) ? JSON_MIME_TYPE : MODULE_MIME_TYPE;
    }

    @Override
    public Charset getEncoding(Path path) {
        return StandardCharsets.UTF_8;
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) {
        Map<String, Object> result = new HashMap<>();
        FileTime epoch = FileTime.fromMillis(0);
        result.put("lastModifiedTime", epoch);
        result.put("lastAccessTime", epoch);
        result.put("creationTime", epoch);
        result.put("isRegularFile", true);
        result.put("isDirectory", false);
        result.put("isSymbolicLink", false);
        result.put("isOther", false);
        result.put("size", (long) hooks().invokeMember("source", path.toString()).asString()
                .getBytes(StandardCharsets.UTF_8).length);
        result.put("fileKey", null);
        return result;
    }

    @Override
    public Path toAbsolutePath(Path path) {
        return path;
    }

    @Override
    public Path toRealPath(Path path, LinkOption... linkOptions) {
        return path;
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        throw new AccessDeniedException(dir.toString(), null, "modules are read-only");
    }

    @Override
    public void delete(Path path) throws IOException {
        throw new AccessDeniedException(path.toString(), null, "modules are read-only");
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        throw new AccessDeniedException(dir.toString(), null, "module folders are not listed");
    }

    /** A module's source bytes, read once by GraalJS. */
    private static final class ReadOnlyChannel implements SeekableByteChannel {
        private final byte[] bytes;
        private int position;
        private boolean open = true;

        ReadOnlyChannel(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read(ByteBuffer destination) {
            if (position >= bytes.length) {
                return -1;
            }
            int count = Math.min(destination.remaining(), bytes.length - position);
            destination.put(bytes, position, count);
            position += count;
            return count;
        }

        @Override
        public int write(ByteBuffer source) {
            throw new NonWritableChannelException();
        }

        @Override
        public long position() {
            return position;
        }

        @Override
        public SeekableByteChannel position(long newPosition) {
            position = (int) Math.min(newPosition, bytes.length);
            return this;
        }

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public SeekableByteChannel truncate(long size) {
            throw new NonWritableChannelException();
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            open = false;
        }
    }
}
