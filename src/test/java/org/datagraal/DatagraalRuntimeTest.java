package org.datagraal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The embedding API driven as a Java application would. */
@Timeout(120)
class DatagraalRuntimeTest {
    private static final String ECHO_SERVER = """
            const dgram = require('dgram');
            const server = dgram.createSocket('udp4');
            server.on('message', (msg, rinfo) => {
              console.log('A got ' + msg);
              server.send('pong', rinfo.port, rinfo.address, () => server.close());
            });
            server.bind(0, '127.0.0.1', () => { globalThis.port = server.address().port; });
            """;

    private static final String PING_CLIENT = """
            const dgram = require('dgram');
            const client = dgram.createSocket('udp4');
            client.on('message', (msg) => { console.log('B got ' + msg); client.close(); });
            client.send('ping', Number(process.argv[1]), '127.0.0.1');
            """;

    private static int awaitGlobalPort(DatagraalRuntime runtime) throws Exception {
        for (int i = 0; i < 600; i++) {
            Integer port = runtime.submit(context -> {
                var value = context.getBindings("js").getMember("port");
                return value == null || value.isNull() ? null : value.asInt();
            }).get(30, TimeUnit.SECONDS);
            if (port != null) {
                return port;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the server never bound");
    }

    @Test
    void twoRuntimesInOneJvmExchangeDatagrams() throws Exception {
        ByteArrayOutputStream outA = new ByteArrayOutputStream();
        ByteArrayOutputStream outB = new ByteArrayOutputStream();
        try (DatagraalRuntime a = DatagraalRuntime.builder().stdout(outA).build()) {
            CompletableFuture<Integer> exitA = a.eval(ECHO_SERVER);
            int port = awaitGlobalPort(a);
            try (DatagraalRuntime b = DatagraalRuntime.builder().stdout(outB).args(Integer.toString(port)).build()) {
                assertEquals(0, b.eval(PING_CLIENT).get(60, TimeUnit.SECONDS));
            }
            assertEquals(0, exitA.get(60, TimeUnit.SECONDS));
        }
        assertEquals("A got ping\n", outA.toString(StandardCharsets.UTF_8));
        assertEquals("B got pong\n", outB.toString(StandardCharsets.UTF_8));
    }

    @Test
    void submitFromManyThreadsRunsEachTaskOnceOnTheLoopThread() throws Exception {
        try (DatagraalRuntime runtime = DatagraalRuntime.builder().keepAlive(true).build()) {
            runtime.eval("globalThis.count = 0; globalThis.next = () => ++globalThis.count;");
            List<CompletableFuture<Integer>> results = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Thread thread = new Thread(() -> {
                    for (int i = 0; i < 50; i++) {
                        CompletableFuture<Integer> result = runtime.submit(
                                context -> context.getBindings("js").getMember("next").execute().asInt());
                        synchronized (results) {
                            results.add(result);
                        }
                    }
                });
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            Set<Integer> seen = new HashSet<>();
            for (CompletableFuture<Integer> result : results) {
                seen.add(result.get(60, TimeUnit.SECONDS));
            }
            assertEquals(400, seen.size());
            assertTrue(seen.contains(1) && seen.contains(400));
        }
    }

    @Test
    void processExitEndsTheRuntimeNotTheJvm() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DatagraalRuntime runtime = DatagraalRuntime.builder().stdout(out).build()) {
            int code = runtime.eval("process.on('exit', (c) => console.log('exit', c)); setTimeout(() => process.exit(3), 5);")
                    .get(60, TimeUnit.SECONDS);
            assertEquals(3, code);
        }
        assertEquals("exit 3\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void closeMidTrafficLeavesNoThreadOrDescriptor() throws Exception {
        // Warm up once so that lazily opened JVM descriptors (jars, selectors) are in the baseline.
        try (DatagraalRuntime warm = DatagraalRuntime.builder().build()) {
            warm.eval("require('dgram').createSocket('udp4').bind(0, function () { this.close(); })").get(60, TimeUnit.SECONDS);
        }
        long descriptorsBefore = openDescriptors();
        DatagraalRuntime runtime = DatagraalRuntime.builder().build();
        runtime.eval("""
                const dgram = require('dgram');
                const a = dgram.createSocket('udp4');
                a.bind(0, '127.0.0.1', () => {
                  const b = dgram.createSocket('udp4');
                  setInterval(() => { for (let i = 0; i < 20; i++) b.send('x', a.address().port, 'localhost'); }, 1);
                  globalThis.port = a.address().port;
                });
                a.on('message', () => {});
                """);
        awaitGlobalPort(runtime);
        Thread.sleep(300);
        runtime.close();
        runtime.close();
        assertEquals(143, runtime.exitCode().get(10, TimeUnit.SECONDS));
        // Other tests' runtimes in this JVM may still be finishing their own close.
        List<String> leftovers = List.of("?");
        for (int i = 0; i < 100 && !leftovers.isEmpty(); i++) {
            leftovers = Thread.getAllStackTraces().keySet().stream()
                    .filter(Thread::isAlive).map(Thread::getName).filter(name -> name.startsWith("datagraal")).toList();
            if (!leftovers.isEmpty()) {
                Thread.sleep(50);
            }
        }
        assertEquals(List.of(), leftovers);
        assertEquals(descriptorsBefore, openDescriptors());
    }

    private static long openDescriptors() throws IOException {
        try (Stream<Path> descriptors = Files.list(Path.of("/proc/self/fd"))) {
            return descriptors.count();
        }
    }

    @Test
    void deniedOperationsFailWithAccessDeniedAndSendNothing() throws Exception {
        try (DatagramSocket allowed = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
             DatagramSocket forbidden = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            forbidden.setSoTimeout(500);
            NetworkPolicy policy = NetworkPolicy.builder()
                    .allowDestination("127.0.0.1", allowed.getLocalPort())
                    .build();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            String script = """
                    const dgram = require('dgram');
                    const [allowedPort, forbiddenPort] = process.argv.slice(1).map(Number); // -e style: no script path
                    const s = dgram.createSocket('udp4');
                    const report = (what) => (err) => console.log(what, err ? err.code : 'ok', err ? err.message : '');
                    s.send('allowed', allowedPort, '127.0.0.1', report('send allowed'));
                    s.send('denied', forbiddenPort, '127.0.0.1', report('send denied'));
                    s.once('listening', () => {
                      try { s.addMembership('239.1.2.3'); } catch (e) { report('membership')(e); }
                      const fixed = dgram.createSocket('udp4');
                      fixed.on('error', (e) => { report('bind')(e); fixed.close(); });
                      fixed.bind(forbiddenPort + 1, '127.0.0.1');
                      const c = dgram.createSocket('udp4');
                      c.connect(forbiddenPort, '127.0.0.1', (e) => { report('connect')(e); c.close(); setTimeout(() => s.close(), 20); });
                    });
                    """;
            try (DatagraalRuntime runtime = DatagraalRuntime.builder().networkPolicy(policy).stdout(out)
                    .args(Integer.toString(allowed.getLocalPort()), Integer.toString(forbidden.getLocalPort())).build()) {
                assertEquals(0, runtime.eval(script).get(60, TimeUnit.SECONDS));
            }
            String text = out.toString(StandardCharsets.UTF_8);
            assertTrue(text.contains("send allowed ok"), text);
            for (String what : List.of("send denied", "membership", "bind", "connect")) {
                assertTrue(text.contains(what + " ERR_ACCESS_DENIED Access to this API has been restricted"), text);
            }
            assertTrue(text.contains("send to 127.0.0.1:" + forbidden.getLocalPort() + " is denied"), text);
            DatagramPacket packet = new DatagramPacket(new byte[100], 100);
            allowed.receive(packet);
            assertEquals("allowed", new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8));
            assertThrows(SocketTimeoutException.class, () -> forbidden.receive(new DatagramPacket(new byte[100], 100)));
        }
    }

    @Test
    void runMainRunsAnEsModuleWithTopLevelAwait() throws Exception {
        Path folder = Files.createTempDirectory("datagraal-esm");
        try {
            Files.writeString(folder.resolve("main.mjs"), """
                    import { createSocket } from 'node:dgram';
                    import { greeting } from './lib/greeting.js';
                    const socket = createSocket('udp4');
                    await new Promise((resolve) => socket.bind(0, '127.0.0.1', resolve));
                    console.log(greeting, typeof socket.address().port, import.meta.filename.endsWith('main.mjs'));
                    socket.close();
                    """);
            Files.createDirectories(folder.resolve("lib"));
            Files.writeString(folder.resolve("lib/package.json"), "{ \"type\": \"module\" }");
            Files.writeString(folder.resolve("lib/greeting.js"), "await null;\nexport const greeting = 'hello from esm';\n");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (DatagraalRuntime runtime = DatagraalRuntime.builder().cwd(folder).stdout(out).build()) {
                assertEquals(0, runtime.runMain(Path.of("main.mjs")).get(60, TimeUnit.SECONDS));
            }
            assertEquals("hello from esm number true\n", out.toString(StandardCharsets.UTF_8));
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    @Test
    void scriptReachesNoJavaClass() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DatagraalRuntime runtime = DatagraalRuntime.builder().stdout(out).build()) {
            runtime.eval("""
                    let verdict;
                    try { verdict = typeof Java === 'undefined' ? 'no Java global' : String(Java.type('java.lang.System')); }
                    catch (e) { verdict = 'refused'; }
                    console.log(verdict, typeof Packages, typeof Polyglot);
                    for (const name of ['child_process', 'worker_threads']) {
                      try { require(name); console.log(name, 'loaded'); } catch (e) { console.log(e.message); }
                    }
                    """).get(60, TimeUnit.SECONDS);
        }
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertTrue(lines[0].equals("refused undefined undefined") || lines[0].equals("no Java global undefined undefined"), lines[0]);
        assertTrue(lines[1].endsWith("'child_process' is not supported by datagraal yet"), lines[1]);
        assertTrue(lines[2].endsWith("'worker_threads' is not supported by datagraal yet"), lines[2]);
    }

    @Test
    void aHostContextBuilderMayOpenJavaToTheScript() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DatagraalRuntime runtime = DatagraalRuntime.builder().stdout(out)
                .contextBuilder(Context.newBuilder("js").allowHostClassLookup(name -> name.equals("java.lang.Math")))
                .build()) {
            assertEquals(0, runtime.eval("console.log(Java.isType(Java.type('java.lang.Math')), require('dgram').Socket.name)")
                    .get(60, TimeUnit.SECONDS));
        }
        assertEquals("true Socket\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void filesOutsideTheModuleRootsAreRefusedAsNodesPermissionModelRefusesThem(@TempDir Path temp) throws Exception {
        Path root = Files.createDirectories(temp.resolve("app"));
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(root.resolve("inside.js"), "module.exports = 'inside';");
        Files.writeString(outside.resolve("secret.js"), "module.exports = 'secret';");
        Files.createSymbolicLink(root.resolve("link.js"), outside.resolve("secret.js"));
        Files.createSymbolicLink(root.resolve("linkdir"), outside);
        Files.writeString(root.resolve("main.js"), """
                const fs = require('fs');
                const show = (what, f) => {
                  try { console.log(what, 'ok', f()); }
                  catch (e) { console.log(what, e.name, e.code, e.message, e.permission, e.resource); }
                };
                show('require inside', () => require('./inside'));
                show('read inside', () => fs.readFileSync('inside.js', 'utf8').length);
                show('write inside', () => fs.writeFileSync('made.txt', 'x'));
                show('require outside', () => require('../outside/secret'));
                show('require through a link', () => require('./link.js'));
                show('read outside', () => fs.readFileSync(process.argv[2], 'utf8'));
                show('read through a folder link', () => fs.readFileSync('linkdir/secret.js', 'utf8'));
                show('read through ..', () => fs.readFileSync('linkdir/../outside/secret.js', 'utf8'));
                show('write outside', () => fs.writeFileSync('../outside/new.txt', 'x'));
                show('unlink the link itself', () => fs.unlinkSync('link.js'));
                fs.readFile('../outside/secret.js', (e) => console.log('callback', e.code, e.permission));
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DatagraalRuntime runtime = DatagraalRuntime.builder().cwd(root).stdout(out)
                .args(outside.resolve("secret.js").toString()).build()) {
            assertEquals(0, runtime.runMain(Path.of("main.js")).get(60, TimeUnit.SECONDS));
        }
        String denied = " Error ERR_ACCESS_DENIED Access to this API has been restricted ";
        assertEquals(String.join("\n",
                "require inside ok inside",
                "read inside ok 26",
                "write inside ok undefined",
                "require outside" + denied + "FileSystemRead " + outside.resolve("secret"),
                "require through a link" + denied + "FileSystemRead " + root.resolve("link.js"),
                "read outside" + denied + "FileSystemRead " + outside.resolve("secret.js"),
                "read through a folder link" + denied + "FileSystemRead linkdir/secret.js",
                "read through .." + denied + "FileSystemRead linkdir/../outside/secret.js",
                "write outside" + denied + "FileSystemWrite ../outside/new.txt",
                "unlink the link itself ok undefined",
                "callback ERR_ACCESS_DENIED FileSystemRead",
                ""), out.toString(StandardCharsets.UTF_8));
        assertTrue(Files.exists(root.resolve("made.txt")));
        assertTrue(Files.notExists(outside.resolve("new.txt")));
        assertTrue(Files.exists(outside.resolve("secret.js")));
    }

    @Test
    void esModulesOutsideTheModuleRootsAreRefusedToo(@TempDir Path temp) throws Exception {
        Path root = Files.createDirectories(temp.resolve("app"));
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(root.resolve("inside.mjs"), "export default 'inside';");
        Files.writeString(outside.resolve("secret.mjs"), "export default 'secret';");
        Files.writeString(outside.resolve("secret.cjs"), "module.exports = 'secret';");
        Files.writeString(root.resolve("main.mjs"), """
                import inside from './inside.mjs';
                console.log(inside);
                for (const specifier of ['../outside/secret.mjs', '../outside/secret.cjs', '../outside/nothing.mjs']) {
                  try { console.log((await import(specifier)).default); }
                  catch (e) { console.log(e.code, e.permission, e.resource.endsWith(specifier.slice(2))); }
                }
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DatagraalRuntime runtime = DatagraalRuntime.builder().cwd(root).stdout(out).build()) {
            assertEquals(0, runtime.runMain(Path.of("main.mjs")).get(60, TimeUnit.SECONDS));
        }
        assertEquals("""
                inside
                ERR_ACCESS_DENIED FileSystemRead true
                ERR_ACCESS_DENIED FileSystemRead true
                ERR_ACCESS_DENIED FileSystemRead true
                """, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMainScriptOutsideTheModuleRootsDoesNotRun(@TempDir Path temp) throws Exception {
        Path root = Files.createDirectories(temp.resolve("app"));
        Path script = Files.writeString(temp.resolve("elsewhere.js"), "console.log('ran');");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (DatagraalRuntime runtime = DatagraalRuntime.builder().cwd(root).stdout(out).stderr(err).build()) {
            assertEquals(1, runtime.runMain(script).get(60, TimeUnit.SECONDS));
        }
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("code: 'ERR_ACCESS_DENIED'"), err.toString(StandardCharsets.UTF_8));
        // Given as a root, the same folder is open.
        try (DatagraalRuntime runtime = DatagraalRuntime.builder().cwd(root).moduleRoots(root, temp).stdout(out).build()) {
            assertEquals(0, runtime.runMain(script).get(60, TimeUnit.SECONDS));
        }
        assertEquals("ran\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void standardInputIsTheBuildersStreamNeverTheJvms() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String script = "console.log(JSON.stringify(require('fs').readFileSync(0, 'utf8')))";
        try (DatagraalRuntime runtime = DatagraalRuntime.builder().stdout(out)
                .stdin(new java.io.ByteArrayInputStream("from java\n".getBytes(StandardCharsets.UTF_8))).build()) {
            assertEquals(0, runtime.eval(script).get(60, TimeUnit.SECONDS));
        }
        try (DatagraalRuntime runtime = DatagraalRuntime.builder().stdout(out).build()) {
            assertEquals(0, runtime.eval(script).get(60, TimeUnit.SECONDS));
        }
        assertEquals("\"from java\\n\"\n\"\"\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void exceedingTheSocketLimitIsRefusedClearly() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DatagraalRuntime runtime = DatagraalRuntime.builder().maxSockets(1).stdout(out).build()) {
            runtime.eval("""
                    const dgram = require('dgram');
                    const a = dgram.createSocket('udp4');
                    a.bind(0, () => {
                      const b = dgram.createSocket('udp4');
                      b.on('error', (e) => { console.log(e.code, e.message); b.close(); a.close(); });
                      b.bind(0);
                    });
                    """).get(60, TimeUnit.SECONDS);
        }
        assertEquals("ERR_ACCESS_DENIED Access to this API has been restricted: the runtime's limit of 1 sockets is reached\n",
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void exceedingTheQueuedBytesLimitIsRefusedAndSendsNothingMore() throws Exception {
        try (DatagramSocket receiver = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            receiver.setSoTimeout(500);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            // Every send waits in the queue (a loopback never fills the kernel's buffer), so the
            // first two 400-byte datagrams queue and the third would pass the 1000-byte limit.
            String script = """
                    const dgram = require('dgram');
                    const s = dgram.createSocket('udp4');
                    const port = Number(process.argv[1]);
                    let pending = 3;
                    const done = (n) => (err, bytes) => {
                      console.log(n, err ? err.code + ' ' + err.message : 'sent ' + bytes);
                      if (err) console.log('queued', s.getSendQueueCount(), s.getSendQueueSize());
                      if (--pending === 0) s.close();
                    };
                    s.bind(0, '127.0.0.1', () => {
                      for (let n = 1; n <= 3; n++) s.send(Buffer.alloc(400, n), port, '127.0.0.1', done(n));
                    });
                    """;
            try (DatagraalRuntime runtime = DatagraalRuntime.builder().maxQueuedSendBytes(1000)
                    .nodeOptions("--test-udp-no-try-send").stdout(out)
                    .args(Integer.toString(receiver.getLocalPort())).build()) {
                assertEquals(0, runtime.eval(script).get(60, TimeUnit.SECONDS));
            }
            String text = out.toString(StandardCharsets.UTF_8);
            assertTrue(text.contains("queued 2 800\n"), text);
            assertTrue(text.contains("1 sent 400\n") && text.contains("2 sent 400\n"), text);
            assertTrue(text.contains("3 ERR_ACCESS_DENIED Access to this API has been restricted: "
                    + "the runtime's limit of 1000 bytes queued for sending is reached\n"), text);
            List<Integer> received = new ArrayList<>();
            try {
                while (true) {
                    DatagramPacket packet = new DatagramPacket(new byte[1000], 1000);
                    receiver.receive(packet);
                    received.add(packet.getData()[0] * 1000 + packet.getLength());
                }
            } catch (SocketTimeoutException drained) {
                // nothing more arrives
            }
            assertEquals(List.of(1400, 2400), received);
        }
    }

    @Test
    void exposeGcGivesAGlobalGcOnlyWhenAsked() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String script = "console.log(typeof globalThis.gc, typeof globalThis.gc === 'function' ? gc() : '-')";
        try (DatagraalRuntime runtime = DatagraalRuntime.builder().nodeOptions("--expose-gc").stdout(out).build()) {
            assertEquals(0, runtime.eval(script).get(60, TimeUnit.SECONDS));
        }
        try (DatagraalRuntime runtime = DatagraalRuntime.builder().stdout(out).build()) {
            assertEquals(0, runtime.eval(script).get(60, TimeUnit.SECONDS));
        }
        assertEquals("function undefined\nundefined -\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnsupportedNodeOptionIsRefusedByTheBuilder() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> DatagraalRuntime.builder().nodeOptions("--expose-internals"));
        assertTrue(refused.getMessage().contains("--expose-internals is not supported by datagraal"), refused.getMessage());
    }

    @Test
    void exceedingTheStatementLimitEndsTheRunWithAClearError() {
        try (DatagraalRuntime runtime = DatagraalRuntime.builder().statementLimit(50_000).build()) {
            ExecutionException failure = assertThrows(ExecutionException.class,
                    () -> runtime.eval("for (;;) {}").get(120, TimeUnit.SECONDS));
            assertInstanceOf(DatagraalException.class, failure.getCause());
            assertTrue(failure.getCause().getMessage().contains("statement limit of 50000"), failure.getCause().getMessage());
        }
    }
}
