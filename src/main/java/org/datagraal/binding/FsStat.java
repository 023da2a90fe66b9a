package org.datagraal.binding;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * stat(2) facts as libuv reports them: statx(2) through the Foreign Function & Memory API (reached
 * reflectively, so the project still compiles for Java 21), which gives every field Node shows,
 * birth time included. Where native access is not possible, the JDK's "unix" attribute view gives
 * all fields but two: blksize is then the file store's block size and blocks is estimated from the
 * size (the JDK does not expose st_blocks).
 *
 * <p>Results are one string of 18 integers, "dev,mode,nlink,uid,gid,rdev,blksize,ino,size,blocks,
 * atimeSec,atimeNsec,mtimeSec,mtimeNsec,ctimeSec,ctimeNsec,birthtimeSec,birthtimeNsec", exact
 * (JS reads them as numbers or BigInts), or a negative errno.
 */
final class FsStat {
    private static final int AT_FDCWD = -100;
    private static final int AT_SYMLINK_NOFOLLOW = 0x100;
    /** STATX_BASIC_STATS | STATX_BTIME, what libuv asks for. */
    private static final int STATX_MASK = 0x7ff | 0x800;
    private static final int STATX_SIZE = 256;

    private static final FsStat INSTANCE = new FsStat();

    private static final int PATH_SCRATCH = 4097;

    private final String unavailableReason;
    /** statx(2) as (captureState, dirfd, path, flags, mask, buffer) -> int, all segments as Object. */
    private MethodHandle statx;
    private MethodHandle copyIn;
    private MethodHandle copyOut;
    private MethodHandle setByte;
    private MethodHandle getInt;
    private MethodHandle allocate;
    private Object arena;
    private Object captureStateLayout;
    private Object javaByte;
    private Object javaInt;
    private long errnoOffset;
    private long captureStateSize;
    /** Native memory each pool thread reuses: the path, the statx buffer and the errno capture. */
    private final ThreadLocal<Object[]> scratch = ThreadLocal.withInitial(this::newScratch);

    static FsStat get() {
        return INSTANCE;
    }

    private FsStat() {
        String reason = null;
        try {
            link();
        } catch (Throwable e) {
            statx = null;
            reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        unavailableReason = reason;
    }

    private void link() throws Throwable {
        // Without --enable-native-access the JDK would print a warning on first use: fall back quietly.
        Object enabled = Module.class.getMethod("isNativeAccessEnabled").invoke(FsStat.class.getModule());
        if (!Boolean.TRUE.equals(enabled)) {
            throw new IllegalStateException("native access is not enabled for datagraal's module");
        }
        Class<?> linkerClass = Class.forName("java.lang.foreign.Linker");
        Class<?> optionClass = Class.forName("java.lang.foreign.Linker$Option");
        Class<?> layoutClass = Class.forName("java.lang.foreign.MemoryLayout");
        Class<?> valueLayout = Class.forName("java.lang.foreign.ValueLayout");
        Class<?> segmentClass = Class.forName("java.lang.foreign.MemorySegment");
        Class<?> descriptorClass = Class.forName("java.lang.foreign.FunctionDescriptor");
        Class<?> lookupClass = Class.forName("java.lang.foreign.SymbolLookup");
        Class<?> arenaClass = Class.forName("java.lang.foreign.Arena");
        Class<?> allocatorClass = Class.forName("java.lang.foreign.SegmentAllocator");
        Class<?> pathElementClass = Class.forName("java.lang.foreign.MemoryLayout$PathElement");
        Class<?> ofByte = Class.forName("java.lang.foreign.ValueLayout$OfByte");
        Class<?> ofInt = Class.forName("java.lang.foreign.ValueLayout$OfInt");
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();

        Object linker = linkerClass.getMethod("nativeLinker").invoke(null);
        Object symbols = linkerClass.getMethod("defaultLookup").invoke(linker);
        Object symbol = ((java.util.Optional<?>) lookupClass.getMethod("find", String.class).invoke(symbols, "statx"))
                .orElseThrow(() -> new IllegalStateException("no statx symbol"));
        javaInt = valueLayout.getField("JAVA_INT").get(null);
        javaByte = valueLayout.getField("JAVA_BYTE").get(null);
        Object address = valueLayout.getField("ADDRESS").get(null);
        Object[] arguments = {javaInt, address, javaInt, javaInt, address};
        Object argumentLayouts = Array.newInstance(layoutClass, arguments.length);
        for (int i = 0; i < arguments.length; i++) {
            Array.set(argumentLayouts, i, arguments[i]);
        }
        Object descriptor = descriptorClass.getMethod("of", layoutClass, argumentLayouts.getClass())
                .invoke(null, javaInt, argumentLayouts);
        Object captureErrno = optionClass.getMethod("captureCallState", String[].class)
                .invoke(null, (Object) new String[] {"errno"});
        Object options = Array.newInstance(optionClass, 1);
        Array.set(options, 0, captureErrno);
        MethodHandle downcall = (MethodHandle) linkerClass.getMethod("downcallHandle", segmentClass, descriptorClass,
                options.getClass()).invoke(linker, symbol, descriptor, options);
        statx = downcall.asType(MethodType.methodType(int.class, Object.class, int.class, Object.class, int.class,
                int.class, Object.class));
        captureStateLayout = optionClass.getMethod("captureStateLayout").invoke(null);
        captureStateSize = (long) layoutClass.getMethod("byteSize").invoke(captureStateLayout);
        Object errnoPath = Array.newInstance(pathElementClass, 1);
        Array.set(errnoPath, 0, pathElementClass.getMethod("groupElement", String.class).invoke(null, "errno"));
        errnoOffset = (long) layoutClass.getMethod("byteOffset", errnoPath.getClass()).invoke(captureStateLayout, errnoPath);
        arena = arenaClass.getMethod("ofAuto").invoke(null);
        allocate = lookup.unreflect(allocatorClass.getMethod("allocate", long.class))
                .asType(MethodType.methodType(Object.class, Object.class, long.class));
        copyIn = lookup.unreflect(segmentClass.getMethod("copy", Object.class, int.class, segmentClass, valueLayout,
                long.class, int.class)).asType(MethodType.methodType(void.class, Object.class, int.class, Object.class,
                Object.class, long.class, int.class));
        copyOut = lookup.unreflect(segmentClass.getMethod("copy", segmentClass, valueLayout, long.class, Object.class,
                int.class, int.class)).asType(MethodType.methodType(void.class, Object.class, Object.class, long.class,
                Object.class, int.class, int.class));
        setByte = lookup.unreflect(segmentClass.getMethod("set", ofByte, long.class, byte.class))
                .asType(MethodType.methodType(void.class, Object.class, Object.class, long.class, byte.class));
        getInt = lookup.unreflect(segmentClass.getMethod("get", ofInt, long.class))
                .asType(MethodType.methodType(int.class, Object.class, Object.class, long.class));
        // One call proves the whole path works (old kernels or libc may lack statx).
        Object probe = nativeStat("/", true);
        if (!(probe instanceof String)) {
            throw new IllegalStateException("statx failed: " + probe);
        }
    }

    private Object[] newScratch() {
        try {
            return new Object[] {
                (Object) allocate.invokeExact(arena, (long) PATH_SCRATCH),
                (Object) allocate.invokeExact(arena, (long) STATX_SIZE),
                (Object) allocate.invokeExact(arena, Math.max(captureStateSize, 16L)),
                new byte[STATX_SIZE],
            };
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stat string of {@code path}, following a final symbolic link when {@code follow}. */
    Object stat(Path path, boolean follow) {
        if (statx != null) {
            Object result = nativeStat(path.toString(), follow);
            if (result != null) {
                return result;
            }
        }
        return fallbackStat(path, follow);
    }

    private Object nativeStat(String path, boolean follow) {
        try {
            Object[] memory = scratch.get();
            byte[] name = path.getBytes(StandardCharsets.UTF_8);
            Object cPath = memory[0];
            if (name.length + 1 > PATH_SCRATCH) {
                cPath = (Object) allocate.invokeExact(arena, (long) name.length + 1);
            }
            copyIn.invokeExact((Object) name, 0, cPath, javaByte, 0L, name.length);
            setByte.invokeExact(cPath, javaByte, (long) name.length, (byte) 0);
            Object buffer = memory[1];
            Object state = memory[2];
            int flags = follow ? 0 : AT_SYMLINK_NOFOLLOW;
            int result = (int) statx.invokeExact(state, AT_FDCWD, cPath, flags, STATX_MASK, buffer);
            if (result != 0) {
                return -(int) getInt.invokeExact(state, javaInt, errnoOffset);
            }
            byte[] raw = (byte[]) memory[3];
            copyOut.invokeExact(buffer, javaByte, 0L, (Object) raw, 0, STATX_SIZE);
            return format(raw);
        } catch (Throwable e) {
            return null;
        }
    }

    /** struct statx as Linux lays it out on every architecture. */
    private static String format(byte[] raw) {
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.nativeOrder());
        long blksize = Integer.toUnsignedLong(b.getInt(4));
        long nlink = Integer.toUnsignedLong(b.getInt(16));
        long uid = Integer.toUnsignedLong(b.getInt(20));
        long gid = Integer.toUnsignedLong(b.getInt(24));
        int mode = Short.toUnsignedInt(b.getShort(28));
        long ino = b.getLong(32);
        long size = b.getLong(40);
        long blocks = b.getLong(48);
        long rdev = makedev(b.getInt(128), b.getInt(132));
        long dev = makedev(b.getInt(136), b.getInt(140));
        StringBuilder out = new StringBuilder(200);
        out.append(Long.toUnsignedString(dev)).append(',').append(mode).append(',').append(nlink).append(',')
            .append(uid).append(',').append(gid).append(',').append(Long.toUnsignedString(rdev)).append(',')
            .append(blksize).append(',').append(Long.toUnsignedString(ino)).append(',').append(size).append(',')
            .append(blocks);
        // atime at 64, btime at 80, ctime at 96, mtime at 112: Node's order is a, m, c, birth.
        for (int offset : new int[] {64, 112, 96, 80}) {
            out.append(',').append(b.getLong(offset)).append(',').append(Integer.toUnsignedLong(b.getInt(offset + 8)));
        }
        return out.toString();
    }

    /** glibc's makedev(3). */
    private static long makedev(int major, int minor) {
        long ma = Integer.toUnsignedLong(major);
        long mi = Integer.toUnsignedLong(minor);
        return ((ma & 0xfffL) << 8) | ((ma & 0xfffff000L) << 32) | (mi & 0xffL) | ((mi & 0xffffff00L) << 12);
    }

    private static Object fallbackStat(Path path, boolean follow) {
        try {
            LinkOption[] options = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
            Map<String, Object> a = Files.readAttributes(path, "unix:*", options);
            long size = ((Number) a.get("size")).longValue();
            long blksize = 4096;
            try {
                FileStore store = Files.getFileStore(path);
                blksize = store.getBlockSize();
            } catch (IOException | UnsupportedOperationException ignored) {
                // keep the common page size
            }
            long blocks = (size + blksize - 1) / blksize * (blksize / 512);
            StringBuilder out = new StringBuilder(200);
            out.append(a.get("dev")).append(',').append(a.get("mode")).append(',').append(a.get("nlink")).append(',')
                .append(a.get("uid")).append(',').append(a.get("gid")).append(',').append(a.get("rdev")).append(',')
                .append(blksize).append(',').append(a.get("ino")).append(',').append(size).append(',').append(blocks);
            for (String key : new String[] {"lastAccessTime", "lastModifiedTime", "ctime", "creationTime"}) {
                long nanos = ((FileTime) a.get(key)).to(TimeUnit.NANOSECONDS);
                out.append(',').append(Math.floorDiv(nanos, 1_000_000_000L))
                    .append(',').append(Math.floorMod(nanos, 1_000_000_000L));
            }
            return out.toString();
        } catch (IOException | RuntimeException e) {
            return FsErrno.of(e);
        }
    }

    /** Why statx cannot be called in this JVM, or null when it can. */
    String unavailableReason() {
        return unavailableReason;
    }
}
