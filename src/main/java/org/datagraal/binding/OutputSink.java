package org.datagraal.binding;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Writes JS strings to a byte stream as Node does: UTF-8, with each lone surrogate written as
 * U+FFFD (EF BF BD) rather than Java's '?'. Writes go straight through, unbuffered, like Node's
 * synchronous stdout/stderr on files and pipes.
 */
final class OutputSink {
    private static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};
    private final OutputStream out;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .replaceWith(REPLACEMENT);

    OutputSink(OutputStream out) {
        this.out = out;
    }

    /** Returns 0, or a negative errno if the stream refused the bytes (e.g. a closed pipe). */
    int write(String text) {
        try {
            out.write(encode(text));
            out.flush();
            return 0;
        } catch (IOException e) {
            return Errno.of(e);
        }
    }

    int write(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
            return 0;
        } catch (IOException e) {
            return Errno.of(e);
        }
    }

    private byte[] encode(String text) {
        if (!hasSurrogate(text)) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            ByteBuffer encoded = encoder.reset().encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (CharacterCodingException impossible) {
            throw new IllegalStateException("REPLACE never throws", impossible);
        }
    }

    private static boolean hasSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
