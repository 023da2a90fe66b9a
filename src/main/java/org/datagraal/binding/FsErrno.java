package org.datagraal.binding;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.Locale;
import java.util.Map;

/**
 * The Linux errno (negative, as libuv returns it) behind a failure of java.nio.file. The JDK turns
 * a few errno values into exception types and reports the others only as strerror(3) text, which
 * is matched here.
 */
final class FsErrno {
    static final int EPERM = -1;
    static final int ENOENT = -2;
    static final int EIO = -5;
    static final int EBADF = -9;
    static final int EACCES = -13;
    static final int EBUSY = -16;
    static final int EEXIST = -17;
    static final int EXDEV = -18;
    static final int ENOTDIR = -20;
    static final int EISDIR = -21;
    static final int EINVAL = -22;
    static final int EMFILE = -24;
    static final int ETXTBSY = -26;
    static final int EFBIG = -27;
    static final int ENOSPC = -28;
    static final int ESPIPE = -29;
    static final int EROFS = -30;
    static final int EMLINK = -31;
    static final int EPIPE = -32;
    static final int ENAMETOOLONG = -36;
    static final int ENOSYS = -38;
    static final int ENOTEMPTY = -39;
    static final int ELOOP = -40;
    static final int ENOTSUP = -95;
    static final int EDQUOT = -122;

    /** strerror(3) texts of glibc, lower-cased, as the JDK puts them in its exceptions. */
    private static final Map<String, Integer> BY_TEXT = Map.ofEntries(
            Map.entry("operation not permitted", EPERM),
            Map.entry("no such file or directory", ENOENT),
            Map.entry("input/output error", EIO),
            Map.entry("bad file descriptor", EBADF),
            Map.entry("permission denied", EACCES),
            Map.entry("device or resource busy", EBUSY),
            Map.entry("file exists", EEXIST),
            Map.entry("invalid cross-device link", EXDEV),
            Map.entry("not a directory", ENOTDIR),
            Map.entry("is a directory", EISDIR),
            Map.entry("invalid argument", EINVAL),
            Map.entry("too many open files", EMFILE),
            Map.entry("text file busy", ETXTBSY),
            Map.entry("file too large", EFBIG),
            Map.entry("no space left on device", ENOSPC),
            Map.entry("illegal seek", ESPIPE),
            Map.entry("read-only file system", EROFS),
            Map.entry("too many links", EMLINK),
            Map.entry("broken pipe", EPIPE),
            Map.entry("file name too long", ENAMETOOLONG),
            Map.entry("function not implemented", ENOSYS),
            Map.entry("directory not empty", ENOTEMPTY),
            Map.entry("too many levels of symbolic links", ELOOP),
            Map.entry("operation not supported", ENOTSUP),
            Map.entry("disk quota exceeded", EDQUOT));

    private FsErrno() {
    }

    static int of(Throwable failure) {
        if (failure instanceof NoSuchFileException) {
            return ENOENT;
        }
        if (failure instanceof FileAlreadyExistsException) {
            return EEXIST;
        }
        if (failure instanceof DirectoryNotEmptyException) {
            return ENOTEMPTY;
        }
        if (failure instanceof AccessDeniedException) {
            return EACCES;
        }
        if (failure instanceof NotDirectoryException) {
            return ENOTDIR;
        }
        if (failure instanceof NotLinkException) {
            return EINVAL;
        }
        if (failure instanceof FileSystemLoopException) {
            return ELOOP;
        }
        if (failure instanceof AtomicMoveNotSupportedException) {
            return EXDEV;
        }
        if (failure instanceof ClosedChannelException) {
            return EBADF;
        }
        if (failure instanceof NonReadableChannelException || failure instanceof NonWritableChannelException) {
            return EBADF;
        }
        if (failure instanceof InvalidPathException) {
            return ENOENT;
        }
        String text;
        if (failure instanceof FileSystemException fileSystemFailure && fileSystemFailure.getReason() != null) {
            text = fileSystemFailure.getReason();
        } else {
            text = failure.getMessage();
        }
        if (text != null) {
            String lower = text.toLowerCase(Locale.ROOT);
            for (Map.Entry<String, Integer> entry : BY_TEXT.entrySet()) {
                if (lower.startsWith(entry.getKey()) || lower.endsWith(": " + entry.getKey())) {
                    return entry.getValue();
                }
            }
        }
        return failure instanceof IOException ? EIO : EINVAL;
    }
}
