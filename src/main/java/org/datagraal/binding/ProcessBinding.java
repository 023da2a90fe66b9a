package org.datagraal.binding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/** The OS side of `process`: standard streams, exit, identity and clocks. */
public final class ProcessBinding {
    private final BindingContext context;
    /** This runtime's signal listeners, by signal name without "SIG". */
    private final Map<String, java.util.function.IntConsumer> signalListeners = new java.util.HashMap<>();

    ProcessBinding(BindingContext context) {
        this.context = context;
        context.onClose(() -> signalListeners.forEach(SignalWatch::stop));
    }

    /** kill(2) of any process, this one included: 0 or a negative errno (-38 ENOSYS without native calls). */
    @HostAccess.Export
    public int kill(int pid, int signal) {
        int result = NativeOs.get().kill(pid, signal);
        return result == NativeOs.UNAVAILABLE ? -38 : result;
    }

    /** Sets the process's umask to {@code mask} (or reads it when negative); the previous mask, or -38. */
    @HostAccess.Export
    public int umask(int mask) {
        NativeOs os = NativeOs.get();
        int previous = os.umask(mask < 0 ? 0 : mask);
        if (previous == NativeOs.UNAVAILABLE) {
            return -38;
        }
        if (mask < 0) {
            os.umask(previous);
        }
        return previous;
    }

    /** getuid, geteuid, getgid or getegid; -38 without native calls. */
    @HostAccess.Export
    public int identity(String call) {
        int id = NativeOs.get().identity(call);
        return id == NativeOs.UNAVAILABLE ? -38 : id;
    }

    /**
     * CPU time of the whole process in microseconds, {user, system}: /proc/self/stat on Linux,
     * else the JVM's total as user time; "user system" as text.
     */
    @HostAccess.Export
    public String cpuUsage() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // Fields after the command name (which may hold spaces) in parentheses; utime and stime are the 12th and 13th.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double microsPerTick = 1e6 / 100;
            return Long.parseLong(fields[11]) * microsPerTick + " " + Long.parseLong(fields[12]) * microsPerTick;
        } catch (java.io.IOException | RuntimeException e) {
            var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long nanos = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
            return Math.max(0, nanos) / 1e3 + " 0";
        }
    }

    /**
     * Calls {@code onSignal(number)} on the loop thread each time the process gets signal
     * {@code name} (without "SIG"); 0, or -22 (EINVAL) for a signal that cannot be caught here.
     */
    @HostAccess.Export
    public int watchSignal(String name, Value onSignal) {
        if (signalListeners.containsKey(name)) {
            return 0;
        }
        java.util.function.IntConsumer listener = number -> context.loop.post(() -> context.callbacks.invoke(onSignal, number));
        int result = SignalWatch.start(name, listener);
        if (result == 0) {
            signalListeners.put(name, listener);
        }
        return result;
    }

    @HostAccess.Export
    public void unwatchSignal(String name) {
        java.util.function.IntConsumer listener = signalListeners.remove(name);
        if (listener != null) {
            SignalWatch.stop(name, listener);
        }
    }

    /** Static facts as JSON, read once at start-up. */
    @HostAccess.Export
    public String info() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("execPath", context.execPath);
        facts.put("pid", Long.toString(ProcessHandle.current().pid()));
        facts.put("ppid", ProcessHandle.current().parent().map(p -> Long.toString(p.pid())).orElse("0"));
        facts.put("platform", platform());
        facts.put("arch", arch());
        facts.put("javaVersion", System.getProperty("java.version", ""));
        facts.put("strictSendBounds", Boolean.toString(context.strictSendBounds));
        StringBuilder json = new StringBuilder(Json.object(facts));
        json.setLength(json.length() - 1);
        json.append(",\"argv\":").append(Json.array(context.argv))
            .append(",\"execArgv\":").append(Json.array(context.execArgv))
            .append(",\"env\":").append(Json.object(new java.util.TreeMap<>(context.env)))
            .append('}');
        return json.toString();
    }

    /** One variable of the environment the runtime started with (null when unset), whatever the script did to process.env since. */
    @HostAccess.Export
    public String startupEnv(String name) {
        return context.env.get(name);
    }

    @HostAccess.Export
    public int writeStdout(String text) {
        return context.stdout.write(text);
    }

    @HostAccess.Export
    public int writeStderr(String text) {
        return context.stderr.write(text);
    }

    /** Writes bytes of a JS ArrayBuffer (a Buffer's backing store) to stdout or stderr. */
    @HostAccess.Export
    public int writeBytes(int fd, Value arrayBuffer, int offset, int length) {
        byte[] bytes = new byte[length];
        arrayBuffer.readBuffer(offset, bytes, 0, length);
        return (fd == 2 ? context.stderr : context.stdout).write(bytes);
    }

    /** Ends the runtime now with {@code code}; the JS side has already emitted 'exit'. */
    @HostAccess.Export
    public void reallyExit(int code) {
        context.exitHandler.accept(code);
    }

    @HostAccess.Export
    public String cwd() {
        return context.cwd;
    }

    /** Changes the runtime's working folder; returns 0 or a negative errno. */
    @HostAccess.Export
    public int chdir(String directory) {
        Path target = Path.of(context.cwd).resolve(directory).normalize();
        if (!Files.exists(target)) {
            return -2;
        }
        if (!Files.isDirectory(target)) {
            return -20;
        }
        context.cwd = target.toString();
        return 0;
    }

    /** Monotonic nanoseconds, as a double (exact up to 2^53 ns, about 104 days). */
    @HostAccess.Export
    public double hrtimeNanos() {
        return System.nanoTime();
    }

    /** Resident set size in bytes (Linux: VmRSS of /proc/self/status; elsewhere the JVM's heap). */
    @HostAccess.Export
    public double rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Double.parseDouble(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // Not Linux: fall through.
        }
        return Runtime.getRuntime().totalMemory();
    }

    /** The global gc() of --expose-gc: a full collection. */
    @HostAccess.Export
    public void gc() {
        System.gc();
    }

    /** The JVM heap's size and its part in use, in bytes: process.memoryUsage()'s heapTotal and heapUsed. */
    @HostAccess.Export
    public double heapTotal() {
        return Runtime.getRuntime().totalMemory();
    }

    @HostAccess.Export
    public double heapUsed() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("linux")) {
            return "linux";
        }
        if (os.contains("mac")) {
            return "darwin";
        }
        if (os.contains("windows")) {
            return "win32";
        }
        return os.replace(' ', '_');
    }

    private static String arch() {
        String arch = System.getProperty("os.arch", "");
        return switch (arch) {
            case "amd64", "x86_64" -> "x64";
            case "aarch64" -> "arm64";
            case "x86", "i386" -> "ia32";
            default -> arch;
        };
    }
}
