package org.datagraal.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property: whatever arguments a script passes to any dgram function or Socket method (in each
 * socket state), any Buffer entry point or any EventEmitter entry point, the outcome is success or
 * a JS error as Node makes them: an Error whose name and constructor are JS error classes, whose
 * code (if any) is Node's ERR_* or an errno name, and whose message and stack show no Java class,
 * no polyglot frame; no hang, no crash of the runtime. The same holds for errors that come later
 * (error events, callback errors, uncaught exceptions). Cases per property: jqwik.tries.default
 * (src/test/resources/junit-platform.properties; -Djqwik.tries.default=N for a longer run).
 */
class FuzzedArgumentsTest {
    private static final long CASE_TIMEOUT_SECONDS = 30;
    private static final Set<String> JS_ERROR_CLASSES = Set.of("Error", "TypeError", "RangeError", "SyntaxError",
            "ReferenceError", "EvalError", "URIError", "AggregateError", "SystemError", "AbortError", "DOMException");
    private static final Pattern CODE = Pattern.compile("^(ERR_[A-Z_0-9]+|E[A-Z0-9]+)$");
    private static final List<String> JAVA_TRACES = List.of("java.", "org.graalvm", "PolyglotException",
            "org.datagraal", "com.oracle", "Exception:");

    private static FuzzSession session;
    private static List<String> socketStates;

    @BeforeContainer
    static void startRuntime() throws Exception {
        session = new FuzzSession();
        socketStates = session.socketStates();
    }

    @AfterContainer
    static void closeRuntime() {
        if (session != null) {
            session.close();
        }
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void dgramFunctionsAndSocketMethods(@ForAll("dgramCases") FuzzCases.FuzzCase testCase) throws Exception {
        check(testCase);
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void bufferEntryPoints(@ForAll("bufferCases") FuzzCases.FuzzCase testCase) throws Exception {
        check(testCase);
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void eventEmitterEntryPoints(@ForAll("eventsCases") FuzzCases.FuzzCase testCase) throws Exception {
        check(testCase);
    }

    @Provide
    Arbitrary<FuzzCases.FuzzCase> dgramCases() throws Exception {
        return FuzzCases.of("dgram", session.targetNames("dgram"), socketStates);
    }

    @Provide
    Arbitrary<FuzzCases.FuzzCase> bufferCases() throws Exception {
        return FuzzCases.of("buffer", session.targetNames("buffer"), socketStates);
    }

    @Provide
    Arbitrary<FuzzCases.FuzzCase> eventsCases() throws Exception {
        return FuzzCases.of("events", session.targetNames("events"), socketStates);
    }

    private static void check(FuzzCases.FuzzCase testCase) throws Exception {
        FuzzSession.Outcome outcome;
        try {
            outcome = session.run(testCase.toJson(), CASE_TIMEOUT_SECONDS);
        } catch (TimeoutException hang) {
            fail("hang: " + testCase + " did not finish in " + CASE_TIMEOUT_SECONDS + " s");
            return;
        }
        List<String> violations = violations(outcome, session.takeOutput());
        assertTrue(violations.isEmpty(), () -> testCase + "\n  -> " + outcome.line() + "\n  " + violations);
    }

    /** What is wrong with a case's outcome and the runtime's output meanwhile; empty if nothing. */
    static List<String> violations(FuzzSession.Outcome outcome, String output) {
        List<String> found = new ArrayList<>();
        if (outcome.harnessFailed()) {
            found.add("the harness broke: " + outcome.errors());
        }
        for (String trace : JAVA_TRACES) {
            if (output.contains(trace)) {
                found.add("the runtime printed a Java trace: " + output);
            }
        }
        for (FuzzSession.ErrorFacts error : outcome.errors()) {
            String facts = "error " + error.properties();
            if (!error.isError()) {
                found.add("a non-Error was thrown: " + facts);
            }
            for (String key : List.of("message", "stack")) {
                String text = error.get(key);
                for (String trace : JAVA_TRACES) {
                    if (text != null && text.contains(trace)) {
                        found.add("Java shows through the " + key + ": " + facts);
                    }
                }
            }
            if (error.boom()) {
                continue; // the case's own error, thrown by a hostile argument: it only has to come through intact
            }
            if (!JS_ERROR_CLASSES.contains(error.get("name")) || !JS_ERROR_CLASSES.contains(error.get("constructorName"))) {
                found.add("not a JS error class: " + facts);
            }
            String code = error.get("code");
            if (code != null && !CODE.matcher(code).matches()) {
                found.add("not a Node error code: " + facts);
            }
        }
        return found;
    }
}
