package org.datagraal.runtime;

import java.nio.ByteBuffer;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * What a Context built by the host must allow before datagraal installs into it, checked by
 * trying it: JavaScript, calls to {@code @HostAccess.Export} methods (how the built-in modules reach
 * their Java bindings) and access to Java byte buffers (how bytes cross without copies).
 */
public final class ContextRequirements {
    private static final String PROBE = """
            (function (probe, buffer) {
              if (typeof probe.exported !== 'function') return 'hostAccess';
              try { if (new Uint8Array(buffer).length !== 8) return 'bufferAccess'; } catch (e) { return 'bufferAccess'; }
              return '';
            })""";

    private ContextRequirements() {
    }

    /** A host object with one exported method, as every binding is. */
    public static final class Probe {
        @HostAccess.Export
        public boolean exported() {
            return true;
        }
    }

    /** @throws IllegalStateException saying what the Context lacks and how to grant it */
    static void check(Context context) {
        String missing;
        try {
            Value probe = context.eval("js", PROBE);
            missing = probe.execute(new Probe(), ByteBuffer.allocate(8)).asString();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the Context has no JavaScript: build it with Context.newBuilder(\"js\")", e);
        } catch (PolyglotException e) {
            throw new IllegalStateException("the Context cannot run datagraal's check: " + e.getMessage(), e);
        }
        switch (missing) {
            case "" -> { }
            case "hostAccess" -> throw new IllegalStateException("the Context's HostAccess does not allow methods"
                    + " annotated with @HostAccess.Export, which datagraal's bindings are: build it with"
                    + " HostAccess.EXPLICIT or HostAccess.newBuilder(...).allowAccessAnnotatedBy(HostAccess.Export.class)"
                    + ", or let DatagraalRuntime.Builder.configure(Context.Builder) set it");
            case "bufferAccess" -> throw new IllegalStateException("the Context's HostAccess does not allow buffer"
                    + " access, which datagraal's bindings need: add allowBufferAccess(true) to it, or let"
                    + " DatagraalRuntime.Builder.configure(Context.Builder) set it");
            default -> throw new IllegalStateException("unexpected check result: " + missing);
        }
    }
}
