package org.datagraal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The REPL in-process, fed through a scripted LineSource as a terminal would feed it. */
class ReplTest {
    private static final Duration LIMIT = Duration.ofSeconds(120);
    /** Returned by a step to stand for Ctrl-C. */
    private static final String CTRL_C = "\u0003";

    /** Answers each prompt with the next step's line (null: end of input), recording the prompts. */
    static final class ScriptedInput implements LineSource {
        final Deque<Supplier<String>> steps = new ArrayDeque<>();
        final List<String> prompts = new ArrayList<>();
        final boolean terminal;

        ScriptedInput(boolean terminal, List<Supplier<String>> steps) {
            this.terminal = terminal;
            this.steps.addAll(steps);
        }

        @Override
        public synchronized String readLine(String prompt) throws Interrupted {
            prompts.add(prompt);
            Supplier<String> step = steps.poll();
            String line = step == null ? null : step.get();
            if (CTRL_C.equals(line)) {
                throw new Interrupted();
            }
            return line;
        }

        @Override
        public boolean isTerminal() {
            return terminal;
        }

        @Override
        public int columns() {
            return 80;
        }

        @Override
        public void close() {
        }
    }

    record Session(int status, String stdout, String stderr, List<String> prompts) {
    }

    private static Supplier<String> line(String text) {
        return () -> text;
    }

    private static Session run(boolean terminal, String evalFirst, List<Supplier<String>> steps,
                               ByteArrayOutputStream stdout) {
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        ScriptedInput input = new ScriptedInput(terminal, steps);
        RuntimeOptions options = new RuntimeOptions(List.of("datagraal"), List.of(), System.getenv(),
                System.getProperty("user.dir"), "datagraal", stdout, stderr, InputStream.nullInputStream(), false);
        int status = assertTimeoutPreemptively(LIMIT, () -> {
            try (NodeRuntime runtime = new NodeRuntime(options)) {
                return runtime.runRepl(input, evalFirst);
            }
        }, () -> "the REPL did not end; stderr:\n" + stderr.toString(StandardCharsets.UTF_8));
        return new Session(status, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8),
                List.copyOf(input.prompts));
    }

    private static Session run(boolean terminal, String... lines) {
        List<Supplier<String>> steps = new ArrayList<>();
        for (String text : lines) {
            steps.add(line(text));
        }
        return run(terminal, null, steps, new ByteArrayOutputStream());
    }

    /** The output after the two banner lines. */
    private static String transcript(Session session) {
        String[] parts = session.stdout().split("\n", 3);
        assertTrue(parts[0].startsWith("Welcome to datagraal (Node.js v20"), session.stdout());
        assertEquals("Type \".help\" for more information.", parts[1]);
        return parts.length > 2 ? parts[2] : "";
    }

    @Test
    void evaluatesLinesKeepsStateAndContinuesIncompleteStatements() {
        Session session = run(false, "1 + 1", "let x = 5", "x * 2", "_", "function f() {", "return 3", "}", "f()",
                "{ a: 1 }", "'str'", "[1, 2]", ".exit");
        assertEquals("2\nundefined\n10\n10\nundefined\n3\n{ a: 1 }\n'str'\n[ 1, 2 ]\n", transcript(session),
                session.stderr());
        assertEquals(List.of("> ", "> ", "> ", "> ", "> ", "... ", "... ", "> ", "> ", "> ", "> ", "> "),
                session.prompts());
        assertEquals(0, session.status());
    }

    @Test
    void errorsPrintAsUncaughtAndTheSessionGoesOn() {
        Session session = run(false, "throw new Error('boom')", "nope", "throw 5",
                "const e = new Error('x'); e.code = 'E1'; throw e", "function g() { throw new TypeError('t') }",
                "g()", "_error.message", "a b", "1");
        String transcript = transcript(session);
        assertTrue(transcript.startsWith("Uncaught Error: boom\nUncaught ReferenceError: nope is not defined\n"
                + "Uncaught 5\nUncaught [Error: x] { code: 'E1' }\nundefined\nUncaught TypeError: t\n"
                + "    at g (REPL5:1:22)\n't'\n"), transcript);
        assertTrue(transcript.contains("Uncaught SyntaxError: "), transcript);
        assertTrue(transcript.endsWith("\n1\n"), transcript);
        // The end of the input ends the session, successfully.
        assertEquals(0, session.status());
    }

    @Test
    void underscoreFollowsResultsUntilAssigned() {
        Session session = run(false, "40 + 2", "_ + 1", "_ = 'mine'", "7", "_");
        assertEquals("42\n43\nExpression assignment to _ now disabled.\n'mine'\n7\n'mine'\n", transcript(session));
    }

    @Test
    void commandsHelpBreakAndUnknown() {
        Session session = run(false, "function h() {", ".break", ".help", ".nope", ".5 + 1");
        String transcript = transcript(session);
        assertTrue(transcript.startsWith(".break   Sometimes you get stuck, this gets you out\n.clear   Alias for .break\n"
                + ".exit    Exit the REPL\n"), transcript);
        assertTrue(transcript.endsWith("Press Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n"
                + "Invalid REPL keyword\n1.5\n"), transcript);
        assertEquals(List.of("> ", "... ", "> ", "> ", "> ", "> "), session.prompts());
    }

    @Test
    void onATerminalResultsAreInColorAndCtrlCTwiceExits() {
        Session session = run(true, "1 + 1", "'s'", "let unfinished = [", CTRL_C, CTRL_C, CTRL_C, "never read");
        assertEquals("\u001b[33m2\u001b[39m\n\u001b[32m's'\u001b[39m\n"
                + "(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n", transcript(session));
        assertEquals(List.of("> ", "> ", "> ", "... ", "> ", "> "), session.prompts());
        assertEquals(0, session.status());
    }

    @Test
    void timersAndCallbacksRunWhileThePromptWaits() {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        // The second prompt is answered only once the timer's output is there: the loop ran meanwhile.
        Supplier<String> afterTimer = () -> {
            long deadline = System.nanoTime() + LIMIT.toNanos();
            while (!stdout.toString(StandardCharsets.UTF_8).contains("fired") && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
            return "setTimeout(() => { throw new Error('late') }, 1); 'armed'";
        };
        Session session = run(false, null, List.of(line("setTimeout(() => console.log('fired'), 50); 1"), afterTimer,
                () -> {
                    long deadline = System.nanoTime() + LIMIT.toNanos();
                    while (!stdout.toString(StandardCharsets.UTF_8).contains("late") && System.nanoTime() < deadline) {
                        Thread.onSpinWait();
                    }
                    return "await new Promise((resolve) => setTimeout(() => resolve('awaited'), 10))";
                }, line("const later = await Promise.resolve(9)"), line("later")), stdout);
        assertEquals("1\nfired\n'armed'\nUncaught Error: late\n'awaited'\nundefined\n9\n", transcript(session),
                session.stderr());
    }

    @Test
    void evalFirstRunsBeforeThePrompt() {
        Session session = run(false, "var fromEval = 42", List.of(line("fromEval"), line("typeof require('dns').lookup"),
                line("typeof dgram.createSocket")), new ByteArrayOutputStream());
        assertEquals("42\n'function'\n'function'\n", transcript(session), session.stderr());
    }
}
