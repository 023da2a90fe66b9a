package org.datagraal.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.datagraal.runtime.LineSource;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;
import org.jline.utils.InfoCmp;

/**
 * REPL input from the terminal through JLine: line editing, history (kept in a file across
 * sessions), Ctrl-C and Ctrl-D as Node's REPL reads them. JLine sees lines only; what is an
 * incomplete statement is the JS side's business, so its own quote and escape parsing is off.
 */
final class TerminalLineSource implements LineSource {
    private final Terminal terminal;
    private final LineReader reader;
    private volatile boolean reading;

    private TerminalLineSource(Terminal terminal, Path historyFile) {
        this.terminal = terminal;
        DefaultParser lines = new DefaultParser().escapeChars(null).quoteChars(new char[0])
                .eofOnUnclosedQuote(false).eofOnEscapedNewLine(false);
        LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).appName("datagraal").parser(lines)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, true)
                .option(LineReader.Option.HISTORY_TIMESTAMPED, false)
                .variable(LineReader.BLINK_MATCHING_PAREN, 0);
        if (historyFile != null) {
            builder.variable(LineReader.HISTORY_FILE, historyFile);
        }
        this.reader = builder.build();
    }

    /** A terminal line source when stdin and stdout are both a terminal JLine can drive, else null. */
    static TerminalLineSource open(Path historyFile) {
        try {
            if (!systemStreamsAreTerminals()) {
                return null;
            }
            Terminal terminal = TerminalBuilder.builder().system(true).dumb(false).build();
            return new TerminalLineSource(terminal, historyFile);
        } catch (IOException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** Whether stdin is a terminal, as Node decides between a REPL and reading a script from stdin. */
    static boolean stdinIsTerminal() {
        try {
            return isSystemStream(SystemStream.Input);
        } catch (RuntimeException | LinkageError e) {
            // JLine missing from the class path: the JDK knows whether stdin and stdout are terminals.
            return System.console() != null;
        }
    }

    private static boolean systemStreamsAreTerminals() {
        return isSystemStream(SystemStream.Input) && isSystemStream(SystemStream.Output);
    }

    /** Asks JLine's providers (FFM on Java 22+, else stty through a child process) about a stream. */
    private static boolean isSystemStream(SystemStream stream) {
        for (String name : new String[] {"ffm", "exec"}) {
            try {
                return TerminalProvider.load(name).isSystemStream(stream);
            } catch (IOException | RuntimeException | LinkageError e) {
                // Try the next provider.
            }
        }
        return System.console() != null;
    }

    @Override
    public String readLine(String prompt) throws Interrupted {
        reading = true;
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException e) {
            throw new Interrupted();
        } catch (EndOfFileException e) {
            return null;
        } finally {
            reading = false;
        }
    }

    @Override
    public boolean isTerminal() {
        return true;
    }

    @Override
    public int columns() {
        int columns = terminal.getWidth();
        return columns > 0 ? columns : 80;
    }

    @Override
    public void close() {
        if (reading) {
            // The script ended (process.exit() from a timer, ...) while the prompt was up: undo what
            // the line reader switched on, which it would have undone on its own at the end of the line.
            terminal.puts(InfoCmp.Capability.keypad_local);
            terminal.writer().write(LineReaderImpl.BRACKETED_PASTE_OFF);
            terminal.flush();
        }
        try {
            reader.getHistory().save();
        } catch (IOException | RuntimeException e) {
            // History is a convenience; losing it must not fail the exit.
        }
        try {
            terminal.close();
        } catch (IOException e) {
            // The process is ending.
        }
    }
}
