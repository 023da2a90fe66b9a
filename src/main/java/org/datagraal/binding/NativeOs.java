package org.datagraal.binding;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The few libc calls the `os` module needs and the JDK has no API for: uname(2), getifaddrs(3)
 * setpriority(2), kill(2), umask(2) and the get*id(2) calls; and isatty(3) and ioctl(TIOCGWINSZ) for the standard streams. Like {@link NativeSocketOptions} it uses the Foreign Function & Memory API
 * reflectively, so the project still compiles for Java 21; where that API cannot be used (an old
 * JVM, native access refused), {@link #unavailableReason()} says why and callers fall back to
 * what Java offers, or fail with a clear error. Used from a runtime's loop thread only.
 */
final class NativeOs {
    /** Returned instead of an errno when native calls are not possible in this JVM. */
    static final int UNAVAILABLE = Integer.MIN_VALUE;

    private static final int AF_INET = 2;
    private static final int AF_INET6 = 10;
    private static final int AF_PACKET = 17;
    private static final int IFF_UP = 0x1;
    private static final int IFF_LOOPBACK = 0x8;
    private static final int IFF_RUNNING = 0x40;
    private static final int UTSNAME_FIELD = 65;
    private static final int PRIO_PROCESS = 0;
    private static final long TIOCGWINSZ = 0x5413;

    private static volatile NativeOs instance;

    private final String unavailableReason;
    private MethodHandle uname;
    private MethodHandle getifaddrs;
    private MethodHandle freeifaddrs;
    private MethodHandle setpriority;
    private MethodHandle isatty;
    private MethodHandle kill;
    private MethodHandle umask;
    private final java.util.Map<String, MethodHandle> identity = new java.util.HashMap<>();
    private MethodHandle ioctl;
    private Method arenaOfConfined;
    private Method arenaClose;
    private Method allocateBytes;
    private Method allocateLayout;
    private Method segmentAddress;
    private Method segmentOfAddress;
    private Method copyToArray;
    private Object everything;
    private Object javaByte;
    private Object captureStateLayout;
    private long errnoOffset;

    static NativeOs get() {
        NativeOs current = instance;
        if (current == null) {
            synchronized (NativeOs.class) {
                current = instance;
                if (current == null) {
                    current = new NativeOs();
                    instance = current;
                }
            }
        }
        return current;
    }

    private NativeOs() {
        String reason = null;
        try {
            link();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            Throwable cause = e instanceof java.lang.reflect.InvocationTargetException && e.getCause() != null
                    ? e.getCause() : e;
            reason = "native calls need Java 22 or newer started with --enable-native-access=ALL-UNNAMED ("
                    + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage())
                    + ")";
        }
        unavailableReason = reason;
    }

    /** Why native calls cannot be made in this JVM, or null when they can. */
    String unavailableReason() {
        return unavailableReason;
    }

    private void link() throws ReflectiveOperationException {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")
                || !(System.getProperty("os.arch", "").equals("amd64") || System.getProperty("os.arch", "").equals("aarch64"))) {
            // The structure layouts below are those of 64-bit Linux.
            throw new IllegalStateException("only 64-bit Linux structure layouts are known");
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

        Object linker = linkerClass.getMethod("nativeLinker").invoke(null);
        Object symbols = linkerClass.getMethod("defaultLookup").invoke(linker);
        Method find = lookupClass.getMethod("find", String.class);
        Object javaInt = valueLayout.getField("JAVA_INT").get(null);
        Object address = valueLayout.getField("ADDRESS").get(null);
        javaByte = valueLayout.getField("JAVA_BYTE").get(null);
        Method of = descriptorClass.getMethod("of", layoutClass, Array.newInstance(layoutClass, 0).getClass());
        Method ofVoid = descriptorClass.getMethod("ofVoid", Array.newInstance(layoutClass, 0).getClass());
        Method downcall = linkerClass.getMethod("downcallHandle", segmentClass, descriptorClass,
                Array.newInstance(optionClass, 0).getClass());

        Object noOptions = Array.newInstance(optionClass, 0);
        Object captureErrno = Array.newInstance(optionClass, 1);
        Array.set(captureErrno, 0, optionClass.getMethod("captureCallState", String[].class)
                .invoke(null, (Object) new String[] {"errno"}));

        uname = (MethodHandle) downcall.invoke(linker, symbol(find, symbols, "uname"),
                of.invoke(null, javaInt, layouts(layoutClass, address)), noOptions);
        getifaddrs = (MethodHandle) downcall.invoke(linker, symbol(find, symbols, "getifaddrs"),
                of.invoke(null, javaInt, layouts(layoutClass, address)), noOptions);
        freeifaddrs = (MethodHandle) downcall.invoke(linker, symbol(find, symbols, "freeifaddrs"),
                ofVoid.invoke(null, layouts(layoutClass, address)), noOptions);
        setpriority = (MethodHandle) downcall.invoke(linker, symbol(find, symbols, "setpriority"),
                of.invoke(null, javaInt, layouts(layoutClass, javaInt, javaInt, javaInt)), captureErrno);

        kill = (MethodHandle) downcall.invoke(linker, symbol(find, symbols, "kill"),
                of.invoke(null, javaInt, layouts(layoutClass, javaInt, javaInt)), captureErrno);
        umask = (MethodHandle) downcall.invoke(linker, symbol(find, symbols, "umask"),
                of.invoke(null, javaInt, layouts(layoutClass, javaInt)), noOptions);
        for (String name : new String[] {"getuid", "geteuid", "getgid", "getegid"}) {
            identity.put(name, (MethodHandle) downcall.invoke(linker, symbol(find, symbols, name),
                    of.invoke(null, javaInt, layouts(layoutClass)), noOptions));
        }
        isatty = (MethodHandle) downcall.invoke(linker, symbol(find, symbols, "isatty"),
                of.invoke(null, javaInt, layouts(layoutClass, javaInt)), noOptions);
        Object variadicFromThird = Array.newInstance(optionClass, 1);
        Array.set(variadicFromThird, 0, optionClass.getMethod("firstVariadicArg", int.class).invoke(null, 2));
        ioctl = (MethodHandle) downcall.invoke(linker, symbol(find, symbols, "ioctl"),
                of.invoke(null, javaInt, layouts(layoutClass, javaInt, valueLayout.getField("JAVA_LONG").get(null), address)),
                variadicFromThird);

        captureStateLayout = optionClass.getMethod("captureStateLayout").invoke(null);
        Object errnoPath = Array.newInstance(pathElementClass, 1);
        Array.set(errnoPath, 0, pathElementClass.getMethod("groupElement", String.class).invoke(null, "errno"));
        errnoOffset = (long) layoutClass.getMethod("byteOffset", errnoPath.getClass()).invoke(captureStateLayout, errnoPath);

        arenaOfConfined = arenaClass.getMethod("ofConfined");
        arenaClose = arenaClass.getMethod("close");
        allocateBytes = allocatorClass.getMethod("allocate", long.class);
        allocateLayout = allocatorClass.getMethod("allocate", layoutClass);
        segmentAddress = segmentClass.getMethod("address");
        segmentOfAddress = segmentClass.getMethod("ofAddress", long.class);
        copyToArray = segmentClass.getMethod("copy", segmentClass, valueLayout, long.class, Object.class, int.class, int.class);
        // One segment spanning the address space, to read the structures libc hands back.
        Object nullSegment = segmentClass.getField("NULL").get(null);
        everything = segmentClass.getMethod("reinterpret", long.class).invoke(nullSegment, Long.MAX_VALUE);
    }

    private static Object symbol(Method find, Object symbols, String name) throws ReflectiveOperationException {
        return ((Optional<?>) find.invoke(symbols, name))
                .orElseThrow(() -> new IllegalStateException("no " + name + " symbol"));
    }

    private static Object layouts(Class<?> layoutClass, Object... layouts) {
        Object array = Array.newInstance(layoutClass, layouts.length);
        for (int i = 0; i < layouts.length; i++) {
            Array.set(array, i, layouts[i]);
        }
        return array;
    }

    private byte[] read(long address, int length) throws ReflectiveOperationException {
        byte[] bytes = new byte[length];
        copyToArray.invoke(null, everything, javaByte, address, bytes, 0, length);
        return bytes;
    }

    private long readLong(long address) throws ReflectiveOperationException {
        return ByteBuffer.wrap(read(address, 8)).order(ByteOrder.nativeOrder()).getLong();
    }

    private String readCString(long address) throws ReflectiveOperationException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (long at = address; ; at += 64) {
            byte[] chunk = read(at, 64);
            for (byte b : chunk) {
                if (b == 0) {
                    return out.toString(StandardCharsets.UTF_8);
                }
                out.write(b);
            }
        }
    }

    private void close(Object arena) {
        if (arena != null) {
            try {
                arenaClose.invoke(arena);
            } catch (ReflectiveOperationException ignored) {
                // The arena's memory goes with it either way.
            }
        }
    }

    /** uname(2): sysname, nodename, release, version, machine; null when it cannot be called. */
    String[] uname() {
        if (unavailableReason != null) {
            return null;
        }
        Object arena = null;
        try {
            arena = arenaOfConfined.invoke(null);
            Object buffer = allocateBytes.invoke(arena, (long) UTSNAME_FIELD * 6);
            if ((int) uname.invokeWithArguments(buffer) != 0) {
                return null;
            }
            long base = (long) segmentAddress.invoke(buffer);
            String[] fields = new String[5];
            for (int i = 0; i < fields.length; i++) {
                byte[] field = read(base + (long) i * UTSNAME_FIELD, UTSNAME_FIELD);
                int end = 0;
                while (end < field.length && field[end] != 0) {
                    end++;
                }
                fields[i] = new String(field, 0, end, StandardCharsets.UTF_8);
            }
            return fields;
        } catch (Throwable e) {
            return null;
        } finally {
            close(arena);
        }
    }

    /** setpriority(PRIO_PROCESS, pid, priority): 0, a negative errno, or {@link #UNAVAILABLE}. */
    int setPriority(int pid, int priority) {
        return callCapturingErrno(setpriority, PRIO_PROCESS, pid, priority);
    }

    /** kill(2): 0, a negative errno, or {@link #UNAVAILABLE}. */
    int kill(int pid, int signal) {
        return callCapturingErrno(kill, pid, signal);
    }

    /**
     * A native call whose handle captures errno (its first argument is the capture state):
     * 0 on success, else the negative errno; {@link #UNAVAILABLE} when it cannot be made.
     */
    private int callCapturingErrno(MethodHandle function, Object... args) {
        if (unavailableReason != null) {
            return UNAVAILABLE;
        }
        Object arena = null;
        try {
            arena = arenaOfConfined.invoke(null);
            Object state = allocateLayout.invoke(arena, captureStateLayout);
            Object[] withState = new Object[args.length + 1];
            withState[0] = state;
            System.arraycopy(args, 0, withState, 1, args.length);
            if ((int) function.invokeWithArguments(withState) == 0) {
                return 0;
            }
            long at = (long) segmentAddress.invoke(state) + errnoOffset;
            return -ByteBuffer.wrap(read(at, 4)).order(ByteOrder.nativeOrder()).getInt();
        } catch (Throwable e) {
            return UNAVAILABLE;
        } finally {
            close(arena);
        }
    }

    /** umask(2): sets the mask, returns the previous one, or {@link #UNAVAILABLE}. */
    int umask(int mask) {
        return callInt(umask, UNAVAILABLE, mask);
    }

    /** getuid/geteuid/getgid/getegid (they cannot fail), or {@link #UNAVAILABLE}. */
    int identity(String call) {
        return callInt(identity.get(call), UNAVAILABLE);
    }

    /** isatty(3); false also when native calls cannot be made. */
    boolean isatty(int fd) {
        return callInt(isatty, 0, fd) == 1;
    }

    /** A native call returning an int, without errno; {@code fallback} when it cannot be made. */
    private int callInt(MethodHandle function, int fallback, Object... args) {
        if (unavailableReason != null) {
            return fallback;
        }
        try {
            return (int) function.invokeWithArguments(args);
        } catch (Throwable e) {
            return fallback;
        }
    }

    /** The terminal's {columns, rows} from ioctl(TIOCGWINSZ), or null. */
    int[] windowSize(int fd) {
        if (unavailableReason != null) {
            return null;
        }
        Object arena = null;
        try {
            arena = arenaOfConfined.invoke(null);
            Object winsize = allocateBytes.invoke(arena, 8L);
            if ((int) ioctl.invokeWithArguments(fd, TIOCGWINSZ, winsize) != 0) {
                return null;
            }
            ByteBuffer size = ByteBuffer.wrap(read((long) segmentAddress.invoke(winsize), 8)).order(ByteOrder.nativeOrder());
            int rows = Short.toUnsignedInt(size.getShort(0));
            int columns = Short.toUnsignedInt(size.getShort(2));
            return new int[] {columns, rows};
        } catch (Throwable e) {
            return null;
        } finally {
            close(arena);
        }
    }

    /** One address of an interface as getifaddrs(3) lists it. */
    record InterfaceAddress(String name, int family, byte[] address, byte[] netmask, byte[] mac,
                            boolean internal, int scopeId) {
    }

    /**
     * The addresses of the interfaces that are up and running, in getifaddrs(3) order, each with
     * the MAC of its interface's link-layer entry (zeros when there is none); null when the call
     * cannot be made, and an empty list with {@code errno[0]} set when it fails.
     */
    List<InterfaceAddress> interfaceAddresses(int[] errno) {
        if (unavailableReason != null) {
            return null;
        }
        Object arena = null;
        long head = 0;
        try {
            arena = arenaOfConfined.invoke(null);
            Object out = allocateBytes.invoke(arena, 8L);
            if ((int) getifaddrs.invokeWithArguments(out) != 0) {
                errno[0] = Errno.ENOSYS;
                return List.of();
            }
            head = readLong((long) segmentAddress.invoke(out));
            record Entry(String name, int flags, long addr, long netmask) {
            }
            List<Entry> entries = new ArrayList<>();
            for (long at = head; at != 0; at = readLong(at)) {
                // struct ifaddrs: next, name, flags (+ padding), addr, netmask, ...
                ByteBuffer fields = ByteBuffer.wrap(read(at, 40)).order(ByteOrder.nativeOrder());
                long namePointer = fields.getLong(8);
                int flags = fields.getInt(16);
                entries.add(new Entry(namePointer == 0 ? "" : readCString(namePointer), flags,
                        fields.getLong(24), fields.getLong(32)));
            }
            List<InterfaceAddress> result = new ArrayList<>();
            for (Entry entry : entries) {
                if ((entry.flags & IFF_UP) == 0 || (entry.flags & IFF_RUNNING) == 0 || entry.addr == 0) {
                    continue;
                }
                int family = familyAt(entry.addr);
                if (family != AF_INET && family != AF_INET6) {
                    continue;
                }
                byte[] mac = new byte[6];
                for (Entry link : entries) {
                    if (link.name.equals(entry.name) && link.addr != 0 && (link.flags & IFF_UP) != 0
                            && (link.flags & IFF_RUNNING) != 0 && familyAt(link.addr) == AF_PACKET) {
                        // struct sockaddr_ll: family, protocol, ifindex, hatype, pkttype, halen, addr[8]
                        mac = read(link.addr + 12, 6);
                    }
                }
                boolean internal = (entry.flags & IFF_LOOPBACK) != 0;
                if (family == AF_INET) {
                    byte[] netmask = entry.netmask == 0 ? new byte[4] : read(entry.netmask + 4, 4);
                    result.add(new InterfaceAddress(entry.name, 4, read(entry.addr + 4, 4), netmask, mac, internal, 0));
                } else {
                    // struct sockaddr_in6: family, port, flowinfo, addr[16], scope_id
                    byte[] netmask = entry.netmask == 0 ? new byte[16] : read(entry.netmask + 8, 16);
                    int scopeId = ByteBuffer.wrap(read(entry.addr + 24, 4)).order(ByteOrder.nativeOrder()).getInt();
                    result.add(new InterfaceAddress(entry.name, 6, read(entry.addr + 8, 16), netmask, mac, internal, scopeId));
                }
            }
            return result;
        } catch (Throwable e) {
            return null;
        } finally {
            if (head != 0) {
                try {
                    freeifaddrs.invokeWithArguments(segmentOfAddress.invoke(null, head));
                } catch (Throwable ignored) {
                    // Nothing more can be done about a list that cannot be freed.
                }
            }
            close(arena);
        }
    }

    private int familyAt(long sockaddr) throws ReflectiveOperationException {
        return ByteBuffer.wrap(read(sockaddr, 2)).order(ByteOrder.nativeOrder()).getShort() & 0xffff;
    }
}
