package org.datagraal.binding;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.graalvm.polyglot.HostAccess;

/**
 * The OS side of the `os` module, read where libuv reads it on Linux: uname(2) and getifaddrs(3)
 * through {@link NativeOs}, /proc for memory, load, uptime, CPUs and priorities, /etc/passwd for
 * the user. Failures come back as negative errno values or null, never as exceptions.
 */
public final class OsBinding {
    private static final HexFormat HEX = HexFormat.of();
    private static final boolean LINUX =
            System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");

    OsBinding(BindingContext context) {
        // The os facts do not depend on the runtime.
    }

    /** [sysname, nodename, release, version, machine] as JSON, like uname(2). */
    @HostAccess.Export
    public String uname() {
        String[] fields = NativeOs.get().uname();
        if (fields == null) {
            fields = new String[] {
                firstNonNull(readTrimmed("/proc/sys/kernel/ostype"), System.getProperty("os.name", "")),
                firstNonNull(readTrimmed("/proc/sys/kernel/hostname"), javaHostname()),
                firstNonNull(readTrimmed("/proc/sys/kernel/osrelease"), System.getProperty("os.version", "")),
                firstNonNull(readTrimmed("/proc/sys/kernel/version"), ""),
                machineFromJava(),
            };
        }
        return Json.array(List.of(fields));
    }

    /** Seconds since boot, as /proc/uptime gives them; -1 when unknown. */
    @HostAccess.Export
    public double uptime() {
        String text = readTrimmed("/proc/uptime");
        if (text == null) {
            return -1;
        }
        try {
            return Double.parseDouble(text.split("\\s+")[0]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The 1, 5 and 15 minute load averages as JSON, [0,0,0] when unknown. */
    @HostAccess.Export
    public String loadavg() {
        String text = readTrimmed("/proc/loadavg");
        if (text != null) {
            String[] parts = text.split("\\s+");
            if (parts.length >= 3) {
                return "[" + parts[0] + "," + parts[1] + "," + parts[2] + "]";
            }
        }
        return "[0,0,0]";
    }

    /** Total memory in bytes (MemTotal). */
    @HostAccess.Export
    public double totalmem() {
        double total = meminfo("MemTotal:");
        return total >= 0 ? total : systemBean().map(bean -> (double) bean.getTotalMemorySize()).orElse(0.0);
    }

    /** Available memory in bytes (MemAvailable, else MemFree), as libuv reports it. */
    @HostAccess.Export
    public double freemem() {
        double available = meminfo("MemAvailable:");
        if (available < 0) {
            available = meminfo("MemFree:");
        }
        return available >= 0 ? available : systemBean().map(bean -> (double) bean.getFreeMemorySize()).orElse(0.0);
    }

    /** Where /proc/meminfo is missing (not Linux): the JDK's view of the machine's memory. */
    private static java.util.Optional<com.sun.management.OperatingSystemMXBean> systemBean() {
        try {
            return java.util.Optional.of(java.lang.management.ManagementFactory.getPlatformMXBean(
                    com.sun.management.OperatingSystemMXBean.class));
        } catch (RuntimeException | LinkageError e) {
            return java.util.Optional.empty();
        }
    }

    private static double meminfo(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith(key)) {
                    String[] parts = line.substring(key.length()).trim().split("\\s+");
                    return Double.parseDouble(parts[0]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or no such line.
        }
        return -1;
    }

    /** The number of CPUs this thread may run on (its affinity mask), at least 1. */
    @HostAccess.Export
    public int availableParallelism() {
        String status = read("/proc/thread-self/status");
        if (status != null) {
            for (String line : status.split("\n")) {
                if (line.startsWith("Cpus_allowed_list:")) {
                    int count = countCpuList(line.substring("Cpus_allowed_list:".length()).trim());
                    if (count > 0) {
                        return count;
                    }
                }
            }
        }
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    private static int countCpuList(String list) {
        int count = 0;
        for (String part : list.split(",")) {
            if (part.isEmpty()) {
                continue;
            }
            int dash = part.indexOf('-');
            try {
                if (dash < 0) {
                    Integer.parseInt(part.trim());
                    count++;
                } else {
                    count += Integer.parseInt(part.substring(dash + 1).trim()) - Integer.parseInt(part.substring(0, dash).trim()) + 1;
                }
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return count;
    }

    /**
     * The CPUs as JSON: [[model, speedMHz, user, nice, sys, idle, irq], ...], times in
     * milliseconds, from /proc/stat, /proc/cpuinfo and cpufreq; [] where those are missing.
     */
    @HostAccess.Export
    public String cpus() {
        String stat = read("/proc/stat");
        if (stat == null) {
            return "[]";
        }
        // USER_HZ is 100 on every Linux architecture: one tick is 10 ms.
        long tickMillis = 10;
        List<long[]> times = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (String line : stat.split("\n")) {
            if (!line.startsWith("cpu") || line.length() < 4 || !Character.isDigit(line.charAt(3))) {
                continue;
            }
            String[] parts = line.trim().split("\\s+");
            if (parts.length < 7) {
                continue;
            }
            try {
                numbers.add(Integer.parseInt(parts[0].substring(3)));
                times.add(new long[] {
                    Long.parseLong(parts[1]) * tickMillis, Long.parseLong(parts[2]) * tickMillis,
                    Long.parseLong(parts[3]) * tickMillis, Long.parseLong(parts[4]) * tickMillis,
                    Long.parseLong(parts[6]) * tickMillis,
                });
            } catch (NumberFormatException e) {
                return "[]";
            }
        }
        List<String> models = cpuModels();
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < times.size(); i++) {
            int number = numbers.get(i);
            String model = number < models.size() ? models.get(number) : "unknown";
            long speed = 0;
            String frequency = readTrimmed("/sys/devices/system/cpu/cpu" + number + "/cpufreq/scaling_cur_freq");
            if (frequency != null) {
                try {
                    speed = Long.parseLong(frequency) / 1000;
                } catch (NumberFormatException ignored) {
                    // speed stays 0, as libuv leaves it.
                }
            }
            long[] t = times.get(i);
            if (i > 0) {
                json.append(',');
            }
            json.append('[').append(Json.quote(model)).append(',').append(speed);
            for (long value : t) {
                json.append(',').append(value);
            }
            json.append(']');
        }
        return json.append(']').toString();
    }

    /** The model name of each processor in /proc/cpuinfo, by processor number. */
    private static List<String> cpuModels() {
        String info = read("/proc/cpuinfo");
        List<String> models = new ArrayList<>();
        if (info == null) {
            return models;
        }
        for (String line : info.split("\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).trim();
            if (key.equals("model name") || key.equals("Processor") || key.equals("cpu model")) {
                models.add(line.substring(colon + 1).trim());
            }
        }
        return models;
    }

    /**
     * The interface addresses as JSON: [[name, family (4 or 6), addressHex, netmaskHex, macHex,
     * internal, scopeid], ...] in getifaddrs(3) order; null when they cannot be read.
     */
    @HostAccess.Export
    public String networkInterfaces() {
        int[] errno = {0};
        List<NativeOs.InterfaceAddress> addresses = NativeOs.get().interfaceAddresses(errno);
        if (addresses == null) {
            addresses = javaInterfaceAddresses();
        }
        if (addresses == null) {
            return null;
        }
        StringBuilder json = new StringBuilder("[");
        for (NativeOs.InterfaceAddress address : addresses) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('[').append(Json.quote(address.name())).append(',').append(address.family())
                .append(",\"").append(HEX.formatHex(address.address()))
                .append("\",\"").append(HEX.formatHex(address.netmask()))
                .append("\",\"").append(HEX.formatHex(address.mac()))
                .append("\",").append(address.internal()).append(',')
                .append(Integer.toUnsignedLong(address.scopeId())).append(']');
        }
        return json.append(']').toString();
    }

    /**
     * Where native calls are not possible: Java's view, all IPv4 addresses before all IPv6 ones
     * as getifaddrs lists them, interfaces by index; the order of several addresses of one
     * family on one interface is the JDK's, which may differ from getifaddrs'.
     */
    private static List<NativeOs.InterfaceAddress> javaInterfaceAddresses() {
        List<NetworkInterface> interfaces;
        try {
            interfaces = Collections.list(NetworkInterface.getNetworkInterfaces());
        } catch (SocketException | RuntimeException e) {
            return null;
        }
        interfaces.sort(Comparator.comparingInt(NetworkInterface::getIndex));
        List<NativeOs.InterfaceAddress> ipv4 = new ArrayList<>();
        List<NativeOs.InterfaceAddress> ipv6 = new ArrayList<>();
        for (NetworkInterface networkInterface : interfaces) {
            try {
                if (!networkInterface.isUp()) {
                    continue;
                }
                byte[] hardware = networkInterface.getHardwareAddress();
                byte[] mac = new byte[6];
                if (hardware != null) {
                    System.arraycopy(hardware, 0, mac, 0, Math.min(6, hardware.length));
                }
                boolean internal = networkInterface.isLoopback();
                for (InterfaceAddress address : networkInterface.getInterfaceAddresses()) {
                    InetAddress inet = address.getAddress();
                    int bits = address.getNetworkPrefixLength();
                    if (inet instanceof Inet4Address) {
                        ipv4.add(new NativeOs.InterfaceAddress(networkInterface.getName(), 4, inet.getAddress(),
                                prefixMask(bits, 4), mac, internal, 0));
                    } else if (inet instanceof Inet6Address inet6) {
                        ipv6.add(new NativeOs.InterfaceAddress(networkInterface.getName(), 6, inet.getAddress(),
                                prefixMask(bits, 16), mac, internal,
                                inet6.isLinkLocalAddress() ? inet6.getScopeId() : 0));
                    }
                }
            } catch (SocketException e) {
                // An interface that went away while listing: skip it.
            }
        }
        ipv4.addAll(ipv6);
        return ipv4;
    }

    private static byte[] prefixMask(int bits, int length) {
        byte[] mask = new byte[length];
        for (int i = 0; i < length * 8 && i < bits; i++) {
            mask[i / 8] |= (byte) (0x80 >>> (i % 8));
        }
        return mask;
    }

    /**
     * The priority (nice value) of process or thread {@code pid} (0: the calling thread), plus 20
     * so that it is never negative as getpriority(2) returns it; or a negative errno.
     */
    @HostAccess.Export
    public int getPriority(int pid) {
        String stat = read(pid == 0 ? "/proc/thread-self/stat" : "/proc/" + pid + "/stat");
        if (stat == null) {
            if (!LINUX) {
                return -38;
            }
            return -3;
        }
        int close = stat.lastIndexOf(')');
        String[] fields = stat.substring(close + 1).trim().split("\\s+");
        try {
            // After "pid (comm)": state is field 3, nice is field 19.
            return Integer.parseInt(fields[16]) + 20;
        } catch (RuntimeException e) {
            return -3;
        }
    }

    /** setpriority(2) for {@code pid} (0: the calling thread): 0, a negative errno, or MIN_VALUE. */
    @HostAccess.Export
    public int setPriority(int pid, int priority) {
        return NativeOs.get().setPriority(pid, priority);
    }

    /** Why setPriority cannot work in this JVM, or null. */
    @HostAccess.Export
    public String nativeUnavailableReason() {
        return NativeOs.get().unavailableReason();
    }

    /**
     * The effective user's passwd entry as JSON {uid, gid, username, homedir, shell}, or a
     * negative errno as a string when there is none.
     */
    @HostAccess.Export
    public String userInfo() {
        long uid = effectiveId("Uid:");
        if (uid < 0) {
            return Integer.toString(-38);
        }
        String passwd = read("/etc/passwd");
        if (passwd != null) {
            for (String line : passwd.split("\n")) {
                String[] fields = line.split(":", -1);
                if (fields.length < 7) {
                    continue;
                }
                try {
                    if (Long.parseLong(fields[2]) != uid) {
                        continue;
                    }
                    Map<String, String> entry = new TreeMap<>();
                    entry.put("uid", fields[2]);
                    entry.put("gid", fields[3]);
                    entry.put("username", fields[0]);
                    entry.put("homedir", fields[5]);
                    entry.put("shell", fields[6]);
                    return Json.object(entry);
                } catch (NumberFormatException e) {
                    // A malformed line: keep looking.
                }
            }
        }
        return Integer.toString(-2);
    }

    /** The effective uid or gid from /proc/self/status, -1 when unknown. */
    private static long effectiveId(String key) {
        String status = read("/proc/self/status");
        if (status == null) {
            return -1;
        }
        for (String line : status.split("\n")) {
            if (line.startsWith(key)) {
                String[] parts = line.substring(key.length()).trim().split("\\s+");
                try {
                    return Long.parseLong(parts.length > 1 ? parts[1] : parts[0]);
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    private static String machineFromJava() {
        String arch = System.getProperty("os.arch", "");
        return switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "x86", "i386" -> "i686";
            default -> arch;
        };
    }

    private static String javaHostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException | RuntimeException e) {
            return "localhost";
        }
    }

    private static String firstNonNull(String first, String second) {
        return first != null ? first : second;
    }

    private static String read(String path) {
        try {
            return new String(Files.readAllBytes(Path.of(path)), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String readTrimmed(String path) {
        String text = read(path);
        return text == null ? null : text.trim();
    }
}
