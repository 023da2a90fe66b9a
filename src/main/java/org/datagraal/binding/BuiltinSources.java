package org.datagraal.binding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import org.graalvm.polyglot.Source;

/**
 * The JS sources of the built-in modules, read from the jar once per JVM. The same Source objects
 * are reused by every runtime, so a shared polyglot Engine parses and compiles each only once.
 */
public final class BuiltinSources {
    private static final String ROOT = "/org/datagraal/js/";
    private static final String WRAPPER_HEAD = "(function (exports, require, module, internalBinding) { ";
    private static final String WRAPPER_TAIL = "\n})";
    private static final ConcurrentHashMap<String, Source> CACHE = new ConcurrentHashMap<>();
    private static final Source MISSING = Source.create("js", "");

    private BuiltinSources() {
    }

    /** Whether {@code lib/<id>.js} exists; ids are like {@code dgram} or {@code internal/errors}. */
    static boolean exists(String id) {
        return module(id) != null;
    }

    /** The wrapped module function of {@code lib/<id>.js}, or null if there is none. */
    static Source module(String id) {
        if (!isPlainId(id)) {
            return null;
        }
        Source source = CACHE.computeIfAbsent("lib/" + id, key -> {
            String text = read(key + ".js");
            return text == null ? MISSING : Source.newBuilder("js", WRAPPER_HEAD + text + WRAPPER_TAIL, "node:" + id)
                    .cached(true).buildLiteral();
        });
        return source == MISSING ? null : source;
    }

    /** A bootstrap script, evaluated as it is (it evaluates to a function). */
    public static Source bootstrap(String name) {
        return CACHE.computeIfAbsent("bootstrap/" + name, key -> {
            String text = read(key + ".js");
            if (text == null) {
                throw new IllegalStateException("missing bootstrap script " + key);
            }
            return Source.newBuilder("js", text, "node:internal/" + key).cached(true).buildLiteral();
        });
    }

    private static boolean isPlainId(String id) {
        return !id.isEmpty() && !id.contains("..") && !id.startsWith("/") && id.matches("[a-z0-9_/\\-]+");
    }

    private static String read(String path) {
        try (InputStream in = BuiltinSources.class.getResourceAsStream(ROOT + path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
