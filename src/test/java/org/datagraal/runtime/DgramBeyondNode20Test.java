package org.datagraal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * dgram options Node added after v20 (22+: sendBlockList, receiveBlockList; 23+: reusePort). Node 20
 * ignores them, so no Node 20 golden can pin them: the expectations are Node 25's, as its own
 * test-dgram-blocklist and test-dgram-reuseport check them and its documentation words the errors.
 */
class DgramBeyondNode20Test {
    private static final Duration LIMIT = Duration.ofSeconds(120);

    private static String run(String script) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        RuntimeOptions options = new RuntimeOptions(List.of("datagraal"), List.of(), System.getenv(),
                System.getProperty("user.dir"), "datagraal", stdout, stderr, InputStream.nullInputStream(), false);
        int status = assertTimeoutPreemptively(LIMIT, () -> {
            try (NodeRuntime runtime = new NodeRuntime(options)) {
                return runtime.runEval(script, false);
            }
        }, () -> "did not finish; stderr:\n" + stderr.toString(StandardCharsets.UTF_8));
        assertEquals(0, status, () -> "stderr:\n" + stderr.toString(StandardCharsets.UTF_8));
        return stdout.toString(StandardCharsets.UTF_8);
    }

    @Test
    void sendBlockListRefusesSendsAndConnectsWithErrIpBlocked() {
        String out = run("""
                const dgram = require('dgram');
                const blocked = new (require('net').BlockList)();
                blocked.addAddress('127.0.0.1');
                try {
                  dgram.createSocket({ type: 'udp4', sendBlockList: {} });
                } catch (e) {
                  console.log(e.name, e.code, e.message);
                }
                const withCallback = dgram.createSocket({ type: 'udp4', sendBlockList: blocked });
                withCallback.send('x', 9999, '127.0.0.1', (err) => {
                  console.log('send', err.name, err.code, err.message);
                  withCallback.close();
                  const noCallback = dgram.createSocket({ type: 'udp4', sendBlockList: blocked });
                  noCallback.on('error', (e) => {
                    console.log('error event', e.code);
                    noCallback.close();
                    const connecting = dgram.createSocket({ type: 'udp4', sendBlockList: blocked });
                    connecting.connect(9999, '127.0.0.1', (e2) => {
                      console.log('connect', e2.code, e2.message);
                      connecting.close();
                    });
                  });
                  noCallback.send('x', 9999, '127.0.0.1');
                });
                """);
        assertEquals("""
                TypeError ERR_INVALID_ARG_TYPE The "options.sendBlockList" property must be an net.BlockList. \
                Received an instance of Object
                send Error ERR_IP_BLOCKED IP(127.0.0.1) is blocked by net.BlockList
                error event ERR_IP_BLOCKED
                connect ERR_IP_BLOCKED IP(127.0.0.1) is blocked by net.BlockList
                """, out);
    }

    @Test
    void receiveBlockListDropsDatagramsFromBlockedSenders() {
        String out = run("""
                const dgram = require('dgram');
                const blocked = new (require('net').BlockList)();
                blocked.addAddress('127.0.0.1');
                const server = dgram.createSocket({ type: 'udp6', receiveBlockList: blocked });
                server.on('message', (msg, rinfo) => {
                  console.log('got', msg.toString(), rinfo.address);
                  server.close();
                });
                server.bind(0, () => {
                  const port = server.address().port;
                  const v4 = dgram.createSocket('udp4');
                  v4.send('from a blocked sender', port, '127.0.0.1', () => {
                    v4.close();
                    const v6 = dgram.createSocket('udp6');
                    v6.send('from ::1', port, '::1', () => v6.close());
                  });
                });
                """);
        assertEquals("got from ::1 ::1\n", out);
    }

    @Test
    void reusePortLetsTwoSocketsBindOnePort() {
        String out = run("""
                const dgram = require('dgram');
                const first = dgram.createSocket({ type: 'udp4', reusePort: true });
                first.bind(0, '127.0.0.1', () => {
                  const second = dgram.createSocket({ type: 'udp4', reusePort: true });
                  second.bind(first.address().port, '127.0.0.1', () => {
                    console.log('both bound', second.address().port === first.address().port);
                    first.close();
                    second.close();
                  });
                });
                """);
        assertEquals("both bound true\n", out);
    }
}
