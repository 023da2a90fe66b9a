package org.datagraal.runtime;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * How one runtime is set up.
 *
 * @param argv             process.argv as Node builds it: runtime path, script path, arguments
 * @param execArgv         the runtime's own flags (process.execArgv)
 * @param strictSendBounds dgram send offsets/lengths past the message throw Node 20's RangeError
 *                         instead of being clamped as Node before v20 did
 */
public record RuntimeOptions(List<String> argv, List<String> execArgv, Map<String, String> env, String cwd,
                             String execPath, OutputStream stdout, OutputStream stderr, InputStream stdin,
                             boolean strictSendBounds) {
}
