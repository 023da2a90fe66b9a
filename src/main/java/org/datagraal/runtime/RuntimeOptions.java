package org.datagraal.runtime;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.datagraal.NetworkPolicy;
import org.datagraal.binding.BindingContext;
import org.datagraal.binding.FileAccess;

/**
 * How one runtime is set up.
 *
 * @param argv             process.argv as Node builds it: runtime path, script path, arguments
 * @param execArgv         the runtime's own flags (process.execArgv)
 * @param strictSendBounds dgram send offsets/lengths past the message throw Node 20's RangeError
 *                         instead of being clamped as Node before v20 did
 * @param networkPolicy    the UDP traffic the script may make
 * @param limits           sockets and queued bytes the script may use at most
 * @param stdin            what fd 0 reads (fs.readSync(0), and process.stdin once it reads)
 * @param fileAccess       the files fs and require may reach
 */
public record RuntimeOptions(List<String> argv, List<String> execArgv, Map<String, String> env, String cwd,
                             String execPath, OutputStream stdout, OutputStream stderr, InputStream stdin,
                             boolean strictSendBounds, NetworkPolicy networkPolicy, BindingContext.Limits limits,
                             FileAccess fileAccess) {

    /** Every file reachable, as Node. */
    public RuntimeOptions(List<String> argv, List<String> execArgv, Map<String, String> env, String cwd,
                          String execPath, OutputStream stdout, OutputStream stderr, InputStream stdin,
                          boolean strictSendBounds, NetworkPolicy networkPolicy, BindingContext.Limits limits) {
        this(argv, execArgv, env, cwd, execPath, stdout, stderr, stdin, strictSendBounds, networkPolicy, limits,
                FileAccess.unrestricted());
    }

    /** Node's open defaults: every network operation allowed, no limits. */
    public RuntimeOptions(List<String> argv, List<String> execArgv, Map<String, String> env, String cwd,
                          String execPath, OutputStream stdout, OutputStream stderr, InputStream stdin,
                          boolean strictSendBounds) {
        this(argv, execArgv, env, cwd, execPath, stdout, stderr, stdin, strictSendBounds, NetworkPolicy.allowAll(),
                BindingContext.Limits.NONE);
    }
}
