package org.datagraal.runtime;

/**
 * Where a REPL's input comes from: a terminal with line editing and history, or a plain stream.
 * {@link #readLine} is called on a reader thread of its own, never on the loop thread.
 */
public interface LineSource extends AutoCloseable {

    /** Ctrl-C at the prompt. */
    final class Interrupted extends Exception {
        private static final long serialVersionUID = 1L;

        public Interrupted() {
            super("interrupted", null, false, false);
        }
    }

    /** Shows {@code prompt} and blocks for one line; null at the end of the input (Ctrl-D). */
    String readLine(String prompt) throws Interrupted;

    /** Whether the REPL talks to a terminal: results in color, Ctrl-C handled at the prompt. */
    boolean isTerminal();

    /** The terminal's width in columns, 80 when it is unknown. */
    int columns();

    @Override
    void close();
}
