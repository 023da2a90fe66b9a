package org.datagraal.cli;

import java.util.ArrayList;
import java.util.List;

/** The launcher's arguments: runtime flags first, then the script and its own arguments. */
record CommandLine(String script, List<String> scriptArgs, List<String> execArgv, String eval, boolean print,
                   boolean help, boolean version, boolean strictSendBounds, String allowNet, boolean interactive) {

    /** The script name that means "read the script from stdin", as in Node. */
    static final String STDIN_SCRIPT = "-";

    static final String HELP = """
            Usage: datagraal [options] [script.js | -e "script" | -p "script" | -] [arguments]

            Runs Node.js (v20) scripts, dgram (UDP) programs first, on the JVM with GraalJS.
            Without a script it starts the REPL when stdin is a terminal, else it runs the
            script read from stdin (as `-` does).

            Options:
              -e, --eval "script"     evaluate script
              -p, --print "script"    evaluate script and print the result
              -i, --interactive       start the REPL even if stdin is not a terminal
              --strict-send-bounds    dgram send(): an offset/length beyond the message throws
                                      RangeError [ERR_BUFFER_OUT_OF_BOUNDS] as in Node 20, instead
                                      of being clamped (with a warning) as Node before v20 did
              --no-warnings           silence all process warnings
              --no-deprecation        silence deprecation warnings
              --expose-gc             a global gc() that runs a full collection
              --allow-net=host[:port],...
                                      restrict UDP to these hosts (Deno's syntax): binds to
                                      fixed ports, sends, connects and multicast groups; others
                                      fail with ERR_ACCESS_DENIED (default: all allowed, as Node)
              --test-udp-no-try-send  dgram: every send waits in the socket's send queue for the
                                      next loop turn, never leaving at once (Node's test flag)
              -v, --version           print datagraal's version, the Node API level and JIT mode
              -h, --help              print this help
            """;

    static CommandLine parse(String[] args) {
        List<String> execArgv = new ArrayList<>();
        String eval = null;
        boolean print = false;
        boolean strict = false;
        boolean interactive = false;
        String allowNet = null;
        int i = 0;
        for (; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-") || arg.equals("-")) {
                break;
            }
            if (arg.equals("--")) {
                i++;
                break;
            }
            switch (arg) {
                case "-h", "--help" -> {
                    return new CommandLine(null, List.of(), List.of(), null, false, true, false, false, null, false);
                }
                case "-v", "--version" -> {
                    return new CommandLine(null, List.of(), List.of(), null, false, false, true, false, null, false);
                }
                case "-e", "--eval", "-p", "--print" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(arg + " requires an argument");
                    }
                    print = print || arg.equals("-p") || arg.equals("--print");
                    execArgv.add(arg);
                    eval = args[++i];
                    execArgv.add(eval);
                }
                case "--no-warnings", "--no-deprecation", "--test-udp-no-try-send", "--expose-gc" -> execArgv.add(arg);
                case "-i", "--interactive" -> {
                    interactive = true;
                    execArgv.add(arg);
                }
                case "--strict-send-bounds" -> {
                    strict = true;
                    execArgv.add(arg);
                }
                default -> {
                    if (!arg.startsWith("--allow-net=")) {
                        throw new IllegalArgumentException("bad option: " + arg);
                    }
                    allowNet = arg.substring("--allow-net=".length());
                    execArgv.add(arg);
                }
            }
        }
        String script = null;
        List<String> rest = new ArrayList<>();
        for (; i < args.length; i++) {
            if (script == null && eval == null) {
                script = args[i];
            } else {
                rest.add(args[i]);
            }
        }
        return new CommandLine(script, rest, execArgv, eval, print, false, false, strict, allowNet, interactive);
    }
}
