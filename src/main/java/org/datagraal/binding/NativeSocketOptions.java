package org.datagraal.binding;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.nio.channels.DatagramChannel;

/**
 * setsockopt(2) on a channel's own descriptor, for the options NIO does not offer (unicast TTL,
 * IPV6_V6ONLY, multicast membership with the kernel's choice of interface), and send(2) of an empty
 * datagram on a connected socket, which NIO skips (its write of nothing returns 0 without a system
 * call). It uses the Foreign
 * Function & Memory API, reached reflectively so the project still compiles for Java 21, and the
 * channel's descriptor, which needs {@code --add-exports java.base/sun.nio.ch=ALL-UNNAMED}. Where
 * either is missing, {@link #unavailableReason()} says why and every call returns
 * {@link #UNAVAILABLE}; callers then fail with a clear error instead of pretending.
 */
final class NativeSocketOptions {
    /** Returned instead of an errno when native access is not possible in this JVM. */
    static final int UNAVAILABLE = Integer.MIN_VALUE;

    static final int SOL_SOCKET = 1;
    static final int IPPROTO_IP = 0;
    static final int IPPROTO_IPV6 = 41;
    static final int IP_TTL = 2;
    static final int IP_MULTICAST_IF = 32;
    static final int IP_MULTICAST_TTL = 33;
    static final int IP_MULTICAST_LOOP = 34;
    static final int IP_ADD_MEMBERSHIP = 35;
    static final int IP_DROP_MEMBERSHIP = 36;
    static final int IP_ADD_SOURCE_MEMBERSHIP = 39;
    static final int IP_DROP_SOURCE_MEMBERSHIP = 40;
    static final int IPV6_UNICAST_HOPS = 16;
    static final int IPV6_MULTICAST_IF = 17;
    static final int IPV6_MULTICAST_HOPS = 18;
    static final int IPV6_MULTICAST_LOOP = 19;
    static final int IPV6_ADD_MEMBERSHIP = 20;
    static final int IPV6_DROP_MEMBERSHIP = 21;
    static final int IPV6_V6ONLY = 26;
    static final int MCAST_JOIN_SOURCE_GROUP = 46;
    static final int MCAST_LEAVE_SOURCE_GROUP = 47;

    private static final NativeSocketOptions INSTANCE = new NativeSocketOptions();

    private final String unavailableReason;
    private Method descriptorOf;
    private MethodHandle setsockopt;
    private MethodHandle send;
    private Object nullAddress;
    private Method arenaOfConfined;
    private Method arenaClose;
    private Method allocateBytes;
    private Method allocateLayout;
    private Method copyFromArray;
    private Method getInt;
    private Object captureStateLayout;
    private Object javaByte;
    private Object javaInt;
    private long errnoOffset;

    static NativeSocketOptions get() {
        return INSTANCE;
    }

    private NativeSocketOptions() {
        String reason = null;
        try {
            Class<?> selectable = Class.forName("sun.nio.ch.SelChImpl");
            descriptorOf = selectable.getMethod("getFDVal");
            try (DatagramChannel probe = DatagramChannel.open()) {
                descriptorOf.invoke(probe);
            }
            linkSetsockopt();
        } catch (ReflectiveOperationException | RuntimeException | java.io.IOException | LinkageError e) {
            reason = "native socket options need Java 22 or newer started with "
                    + "--enable-native-access=ALL-UNNAMED and --add-exports java.base/sun.nio.ch=ALL-UNNAMED ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
        }
        unavailableReason = reason;
    }

    private void linkSetsockopt() throws ReflectiveOperationException {
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
        Object symbol = ((java.util.Optional<?>) lookupClass.getMethod("find", String.class).invoke(symbols, "setsockopt"))
                .orElseThrow(() -> new IllegalStateException("no setsockopt symbol"));
        javaInt = valueLayout.getField("JAVA_INT").get(null);
        javaByte = valueLayout.getField("JAVA_BYTE").get(null);
        Object address = valueLayout.getField("ADDRESS").get(null);
        Object argumentLayouts = Array.newInstance(layoutClass, 5);
        Object[] arguments = {javaInt, javaInt, javaInt, address, javaInt};
        for (int i = 0; i < arguments.length; i++) {
            Array.set(argumentLayouts, i, arguments[i]);
        }
        Object descriptor = descriptorClass.getMethod("of", layoutClass, argumentLayouts.getClass())
                .invoke(null, javaInt, argumentLayouts);
        Object captureErrno = optionClass.getMethod("captureCallState", String[].class)
                .invoke(null, (Object) new String[] {"errno"});
        Object options = Array.newInstance(optionClass, 1);
        Array.set(options, 0, captureErrno);
        setsockopt = (MethodHandle) linkerClass.getMethod("downcallHandle", segmentClass, descriptorClass, options.getClass())
                .invoke(linker, symbol, descriptor, options);
        Object sendSymbol = ((java.util.Optional<?>) lookupClass.getMethod("find", String.class).invoke(symbols, "send"))
                .orElseThrow(() -> new IllegalStateException("no send symbol"));
        Object javaLong = valueLayout.getField("JAVA_LONG").get(null);
        Object sendLayouts = Array.newInstance(layoutClass, 4);
        Object[] sendArguments = {javaInt, address, javaLong, javaInt};
        for (int i = 0; i < sendArguments.length; i++) {
            Array.set(sendLayouts, i, sendArguments[i]);
        }
        Object sendDescriptor = descriptorClass.getMethod("of", layoutClass, sendLayouts.getClass())
                .invoke(null, javaLong, sendLayouts);
        send = (MethodHandle) linkerClass.getMethod("downcallHandle", segmentClass, descriptorClass, options.getClass())
                .invoke(linker, sendSymbol, sendDescriptor, options);
        nullAddress = segmentClass.getField("NULL").get(null);
        captureStateLayout = optionClass.getMethod("captureStateLayout").invoke(null);
        Object errnoPath = Array.newInstance(pathElementClass, 1);
        Array.set(errnoPath, 0, pathElementClass.getMethod("groupElement", String.class).invoke(null, "errno"));
        errnoOffset = (long) layoutClass.getMethod("byteOffset", errnoPath.getClass()).invoke(captureStateLayout, errnoPath);
        arenaOfConfined = arenaClass.getMethod("ofConfined");
        arenaClose = arenaClass.getMethod("close");
        allocateBytes = allocatorClass.getMethod("allocate", long.class);
        allocateLayout = allocatorClass.getMethod("allocate", layoutClass);
        copyFromArray = segmentClass.getMethod("copy", Object.class, int.class, segmentClass,
                Class.forName("java.lang.foreign.ValueLayout"), long.class, int.class);
        getInt = segmentClass.getMethod("get", Class.forName("java.lang.foreign.ValueLayout$OfInt"), long.class);
    }

    /** Why native options cannot be set in this JVM, or null when they can. */
    String unavailableReason() {
        return unavailableReason;
    }

    int setInt(DatagramChannel channel, int level, int name, int value) {
        return set(channel, level, name, new byte[] {
            (byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24)});
    }

    /** setsockopt with {@code value} as the option's bytes; 0, a negative errno, or UNAVAILABLE. */
    int set(DatagramChannel channel, int level, int name, byte[] value) {
        if (unavailableReason != null) {
            return UNAVAILABLE;
        }
        Object arena = null;
        try {
            int descriptor = (int) descriptorOf.invoke(channel);
            arena = arenaOfConfined.invoke(null);
            Object buffer = allocateBytes.invoke(arena, (long) value.length);
            copyFromArray.invoke(null, value, 0, buffer, javaByte, 0L, value.length);
            Object state = allocateLayout.invoke(arena, captureStateLayout);
            int result = (int) setsockopt.invokeWithArguments(state, descriptor, level, name, buffer, value.length);
            if (result == 0) {
                return 0;
            }
            return -(int) getInt.invoke(state, javaInt, errnoOffset);
        } catch (Throwable e) {
            return Errno.EINVAL;
        } finally {
            if (arena != null) {
                try {
                    arenaClose.invoke(arena);
                } catch (ReflectiveOperationException ignored) {
                    // The arena's memory is freed with it either way.
                }
            }
        }
    }

    /** send(2) of a zero-length datagram to the connected peer; 0, a negative errno, or UNAVAILABLE. */
    int sendEmpty(DatagramChannel channel) {
        if (unavailableReason != null) {
            return UNAVAILABLE;
        }
        Object arena = null;
        try {
            int descriptor = (int) descriptorOf.invoke(channel);
            arena = arenaOfConfined.invoke(null);
            Object state = allocateLayout.invoke(arena, captureStateLayout);
            long result = (long) send.invokeWithArguments(state, descriptor, nullAddress, 0L, 0);
            return result >= 0 ? 0 : -(int) getInt.invoke(state, javaInt, errnoOffset);
        } catch (Throwable e) {
            return Errno.EINVAL;
        } finally {
            if (arena != null) {
                try {
                    arenaClose.invoke(arena);
                } catch (ReflectiveOperationException ignored) {
                    // The arena's memory is freed with it either way.
                }
            }
        }
    }
}
