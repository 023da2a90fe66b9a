package org.datagraal.binding;

import java.io.File;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;

/**
 * A module's URL (file:///..., node:dgram, datagraal:...) dressed as a {@link Path}, for GraalJS's
 * module loader. GraalJS resolves an import by asking the importing module's path for its sibling
 * named by the specifier; that call is where Node's resolution runs (in JS, through
 * {@link ModuleFileSystem}), with both the referrer and the specifier at hand. Only the operations
 * the loader uses are meaningful; a resolved URL is already absolute, normal and real.
 */
final class ModulePath implements Path {
    private final ModuleFileSystem files;
    private final String url;

    ModulePath(ModuleFileSystem files, String url) {
        this.files = files;
        this.url = url;
    }

    String url() {
        return url;
    }

    @Override
    public Path resolveSibling(String specifier) {
        return files.resolve(url, specifier);
    }

    @Override
    public Path resolveSibling(Path other) {
        return resolveSibling(other.toString());
    }

    @Override
    public Path resolve(String other) {
        return resolveSibling(other);
    }

    @Override
    public Path resolve(Path other) {
        return resolveSibling(other.toString());
    }

    @Override
    public FileSystem getFileSystem() {
        return FileSystems.getDefault();
    }

    @Override
    public boolean isAbsolute() {
        return !url.isEmpty();
    }

    @Override
    public Path getRoot() {
        return null;
    }

    @Override
    public Path getFileName() {
        int slash = url.lastIndexOf('/');
        return new ModulePath(files, slash < 0 ? url : url.substring(slash + 1));
    }

    @Override
    public Path getParent() {
        int slash = url.lastIndexOf('/');
        return slash <= 0 ? null : new ModulePath(files, url.substring(0, slash));
    }

    @Override
    public int getNameCount() {
        return 1;
    }

    @Override
    public Path getName(int index) {
        if (index != 0) {
            throw new IllegalArgumentException("a module URL has one name");
        }
        return this;
    }

    @Override
    public Path subpath(int beginIndex, int endIndex) {
        return getName(beginIndex);
    }

    @Override
    public boolean startsWith(Path other) {
        return url.startsWith(other.toString());
    }

    @Override
    public boolean endsWith(Path other) {
        return url.endsWith(other.toString());
    }

    @Override
    public Path normalize() {
        return this;
    }

    /** A URL is shown as it is, never relative to another (GraalJS asks when it words errors). */
    @Override
    public Path relativize(Path other) {
        return other;
    }

    @Override
    public URI toUri() {
        return URI.create(url);
    }

    @Override
    public Path toAbsolutePath() {
        return this;
    }

    @Override
    public Path toRealPath(LinkOption... options) {
        return this;
    }

    @Override
    public File toFile() {
        throw new UnsupportedOperationException("a module URL is no file");
    }

    @Override
    public WatchKey register(WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers) {
        throw new UnsupportedOperationException("module URLs are not watched");
    }

    @Override
    public int compareTo(Path other) {
        return url.compareTo(other.toString());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModulePath path && path.url.equals(url);
    }

    @Override
    public int hashCode() {
        return url.hashCode();
    }

    /** The URL: GraalJS uses it as the module's key, its source path, and in stack traces. */
    @Override
    public String toString() {
        return url;
    }
}
