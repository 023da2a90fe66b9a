package org.datagraal.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.datagraal.runtime.LineSource;

/** REPL input from a plain stream (`datagraal -i` with piped stdin): the prompt, then a line. */
final class StreamLineSource implements LineSource {
    private final BufferedReader in;
    private final OutputStream out;

    StreamLineSource(InputStream in, OutputStream out) {
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.out = out;
    }

    @Override
    public String readLine(String prompt) {
        try {
            out.write(prompt.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return in.readLine();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public boolean isTerminal() {
        return false;
    }

    @Override
    public int columns() {
        return 80;
    }

    @Override
    public void close() {
        // stdin and stdout belong to the process.
    }
}
