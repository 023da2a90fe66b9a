package org.datagraal.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.datagraal.DatagraalRuntime;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * One datagraal runtime, kept alive, that runs fuzz cases one after another through
 * js-tests/fuzz/fixtures/harness.js (one runtime for many cases: starting one per case would
 * dominate the time). A case that does not finish in time is a hang; the runtime is then
 * replaced, so the next case starts clean.
 */
public final class FuzzSession implements AutoCloseable {
    static final Path HARNESS = Path.of("js-tests/fuzz/fixtures/harness.js").toAbsolutePath();

    /** What one error seen by a case looked like from JS. */
    public record ErrorFacts(boolean isError, boolean boom, Map<String, String> properties) {
        public String get(String key) {
            return properties.get(key);
        }
    }

    /** A case's printed line and every error it met; harnessFailed: the harness itself broke. */
    public record Outcome(String line, List<ErrorFacts> errors, boolean harnessFailed) {
    }

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private DatagraalRuntime runtime;

    public FuzzSession() {
        start();
    }

    private void start() {
        runtime = DatagraalRuntime.builder().keepAlive(true).strictSendBounds(true)
                .stdout(output).stderr(output).build();
        runtime.eval("globalThis.fuzzHarness = require(" + Json.string(HARNESS.toString()) + ");");
    }

    /** Everything the runtime wrote to stdout and stderr since the last call. */
    public synchronized String takeOutput() {
        String text = output.toString(StandardCharsets.UTF_8);
        output.reset();
        return text;
    }

    /** The harness's target names of an area: dgram, buffer or events. */
    public List<String> targetNames(String area) throws Exception {
        return runtime.submit(context -> {
            Value names = context.getBindings("js").getMember("fuzzHarness").invokeMember("names").getMember(area);
            List<String> list = new ArrayList<>();
            for (long i = 0; i < names.getArraySize(); i++) {
                list.add(names.getArrayElement(i).asString());
            }
            return list;
        }).get(60, TimeUnit.SECONDS);
    }

    public List<String> socketStates() throws Exception {
        return runtime.submit(context -> {
            Value states = context.getBindings("js").getMember("fuzzHarness").getMember("socketStates");
            List<String> list = new ArrayList<>();
            for (long i = 0; i < states.getArraySize(); i++) {
                list.add(states.getArrayElement(i).asString());
            }
            return list;
        }).get(60, TimeUnit.SECONDS);
    }

    /** Runs one case (its JSON); throws TimeoutException on a hang, after replacing the runtime. */
    public Outcome run(String caseJson, long timeoutSeconds) throws Exception {
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        runtime.submit(context -> {
            Value harness = context.getBindings("js").getMember("fuzzHarness");
            harness.invokeMember("runJson", caseJson, (ProxyExecutable) arguments -> {
                outcome.complete(read(arguments[0]));
                return null;
            });
            return null;
        }).get(timeoutSeconds, TimeUnit.SECONDS);
        try {
            return outcome.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException hang) {
            runtime.close();
            start();
            throw hang;
        }
    }

    private static Outcome read(Value result) {
        List<ErrorFacts> errors = new ArrayList<>();
        Value list = result.getMember("errors");
        for (long i = 0; i < list.getArraySize(); i++) {
            Value facts = list.getArrayElement(i);
            Map<String, String> properties = new HashMap<>();
            for (String key : List.of("name", "code", "message", "stack", "constructorName")) {
                Value value = facts.getMember(key);
                if (value != null && value.isString()) {
                    properties.put(key, value.asString());
                }
            }
            errors.add(new ErrorFacts(facts.getMember("isError").asBoolean(), facts.getMember("boom").asBoolean(),
                    properties));
        }
        return new Outcome(result.getMember("line").asString(), errors, result.getMember("harnessFailed").asBoolean());
    }

    @Override
    public void close() {
        runtime.close();
    }
}
