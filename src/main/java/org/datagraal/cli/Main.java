package org.datagraal.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.datagraal.NetworkPolicy;
import org.datagraal.binding.BindingContext;
import org.datagraal.runtime.LineSource;
import org.datagraal.runtime.NodeRuntime;
import org.datagraal.runtime.RuntimeOptions;

/** `datagraal [options] [script.js | -e code | -p code] [arguments]`, used like `node`. */
public final class Main {
    static final String NODE_API_VERSION = "v20.20.2";

    private Main() {
    }

    /** The loop thread's stack: deep JS recursion needs far more than a JVM thread's default. */
    static final long LOOP_THREAD_STACK_BYTES = 64L << 20;

    public static void main(String[] args) throws InterruptedException {
        // dns.lookup's default order is the system resolver's, as Node's 'verbatim' (the JDK's own
        // default puts IPv4 first); read when InetAddress first loads, so set before anything else.
        if (System.getProperty("java.net.preferIPv6Addresses") == null) {
            System.setProperty("java.net.preferIPv6Addresses", "system");
        }
        int[] status = {70};
        Thread loopThread = new Thread(null, () -> status[0] = runReportingFailures(args), "datagraal-main",
                LOOP_THREAD_STACK_BYTES);
        loopThread.start();
        loopThread.join();
        System.exit(status[0]);
    }

    /** A failure of datagraal itself (not of the script) is one line, or a stack with DATAGRAAL_DEBUG=1. */
    static int runReportingFailures(String[] args) {
        try {
            return run(args);
        } catch (RuntimeException | Error e) {
            System.err.println("datagraal: internal error: " + e);
            if ("1".equals(System.getenv("DATAGRAAL_DEBUG"))) {
                e.printStackTrace();
            } else {
                System.err.println("datagraal: run with DATAGRAAL_DEBUG=1 for the Java stack");
            }
            return 70;
        }
    }

    static int run(String[] args) {
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        CommandLine line;
        try {
            line = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("datagraal: " + e.getMessage());
            return 9;
        }
        if (line.help()) {
            System.out.print(CommandLine.HELP);
            return 0;
        }
        if (line.version()) {
            Properties versions = versions();
            System.out.println("datagraal " + versions.getProperty("datagraal") + " (Node.js " + NODE_API_VERSION
                    + " API) on GraalJS " + versions.getProperty("graal") + ", " + compilationMode() + ", Java "
                    + System.getProperty("java.version"));
            return 0;
        }
        String execPath = System.getProperty("datagraal.execPath", "datagraal");
        String cwd = Path.of("").toAbsolutePath().toString();
        List<String> argv = new ArrayList<>();
        argv.add(execPath);
        boolean stdinScript = CommandLine.STDIN_SCRIPT.equals(line.script());
        if (stdinScript) {
            argv.add(CommandLine.STDIN_SCRIPT);
        } else if (line.script() != null) {
            argv.add(Path.of(cwd).resolve(line.script()).normalize().toString());
        }
        argv.addAll(line.scriptArgs());
        OutputStream stdout = new FileOutputStream(FileDescriptor.out);
        OutputStream stderr = new FileOutputStream(FileDescriptor.err);
        NetworkPolicy policy;
        try {
            policy = line.allowNet() == null ? NetworkPolicy.allowAll() : NetworkPolicy.parseAllowNet(line.allowNet());
        } catch (IllegalArgumentException e) {
            err.println("datagraal: " + e.getMessage());
            return 9;
        }
        RuntimeOptions options = new RuntimeOptions(argv, line.execArgv(), System.getenv(), cwd, execPath,
                stdout, stderr, new FileInputStream(FileDescriptor.in), line.strictSendBounds(), policy,
                BindingContext.Limits.NONE);
        try (NodeRuntime runtime = new NodeRuntime(options)) {
            if (line.eval() != null && !line.interactive()) {
                return runtime.runEval(line.eval(), line.print());
            }
            if (line.script() != null && !stdinScript) {
                return runtime.runMain(argv.get(1));
            }
            // As node: the REPL on a terminal (or with -i), else stdin is the script.
            if (stdinScript || (!line.interactive() && !stdinIsTerminal())) {
                return runtime.runStdin(readStdin());
            }
            try (LineSource input = replInput()) {
                return runtime.runRepl(input, line.eval());
            }
        }
    }

    private static boolean stdinIsTerminal() {
        try {
            return TerminalLineSource.stdinIsTerminal();
        } catch (LinkageError jlineMissing) {
            return System.console() != null;
        }
    }

    /** JLine's line editing on a terminal; plain lines otherwise, or if JLine cannot drive it. */
    private static LineSource replInput() {
        LineSource terminal = null;
        try {
            terminal = TerminalLineSource.open(replHistoryFile());
        } catch (LinkageError jlineMissing) {
            // target/repl is missing: plain lines still work.
        }
        return terminal != null ? terminal
                : new StreamLineSource(new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out));
    }

    /** DATAGRAAL_REPL_HISTORY names the history file ("" keeps none); ~/.datagraal_repl_history by default. */
    private static Path replHistoryFile() {
        String configured = System.getenv("DATAGRAAL_REPL_HISTORY");
        if (configured != null) {
            return configured.isBlank() ? null : Path.of(configured);
        }
        String home = System.getProperty("user.home");
        return home == null ? null : Path.of(home, ".datagraal_repl_history");
    }

    private static String readStdin() {
        try {
            return new String(new FileInputStream(FileDescriptor.in).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static Properties versions() {
        Properties versions = new Properties();
        try (InputStream in = Main.class.getResourceAsStream("/org/datagraal/version.properties")) {
            if (in != null) {
                versions.load(in);
            }
        } catch (IOException ignored) {
            // The version line then says null: not worth failing --version for.
        }
        return versions;
    }

    /** Which Truffle runtime runs JS: the optimizing one needs JVMCI and the Graal compiler. */
    private static String compilationMode() {
        String name = NodeRuntime.engine().getImplementationName();
        return "Interpreted".equals(name) ? "interpreter only (no JIT)" : "JIT (" + name + ")";
    }
}
