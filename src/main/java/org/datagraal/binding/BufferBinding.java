package org.datagraal.binding;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * Buffer#toString for long inputs in latin1, ascii, utf16le, base64, base64url and hex: the bytes
 * are copied out of the JS ArrayBuffer in one block and the JDK's codecs build the string, where
 * JS would build it piece by piece. The JS side (internal/buffer/encodings) keeps short inputs,
 * where the call into Java costs more than it saves, and utf8, which the engine does itself.
 */
public final class BufferBinding {
    // Encoding numbers, as internal/buffer/encodings numbers them (utf8 stays in the engine).
    static final int LATIN1 = 1;
    static final int ASCII = 2;
    static final int UTF16LE = 3;
    static final int BASE64 = 4;
    static final int BASE64URL = 5;
    static final int HEX = 6;

    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);
    private static final Base64.Encoder BASE64_ENCODER = Base64.getEncoder();
    private static final Base64.Encoder BASE64URL_ENCODER = Base64.getUrlEncoder().withoutPadding();

    BufferBinding(BindingContext context) {
        // Stateless: nothing per runtime.
    }

    /**
     * The text of {@code length} bytes of a JS ArrayBuffer from {@code offset}, in {@code encoding}.
     */
    @HostAccess.Export
    public String decode(Value arrayBuffer, int offset, int length, int encoding) {
        byte[] bytes = new byte[length];
        arrayBuffer.readBuffer(offset, bytes, 0, length);
        return switch (encoding) {
            case LATIN1 -> new String(bytes, StandardCharsets.ISO_8859_1);
            case ASCII -> decodeAscii(bytes);
            case UTF16LE -> decodeUtf16le(bytes);
            case BASE64 -> new String(BASE64_ENCODER.encode(bytes), StandardCharsets.ISO_8859_1);
            case BASE64URL -> new String(BASE64URL_ENCODER.encode(bytes), StandardCharsets.ISO_8859_1);
            case HEX -> encodeHex(bytes);
            default -> "";
        };
    }

    // Node's ascii decoding clears the high bit of every byte.
    private static String decodeAscii(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] &= 0x7f;
        }
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    // Code units as they are, lone surrogates included (the JDK's UTF-16 decoder would replace them);
    // an odd last byte is left out.
    private static String decodeUtf16le(byte[] bytes) {
        char[] units = new char[bytes.length >>> 1];
        for (int i = 0; i < units.length; i++) {
            units[i] = (char) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] & 0xff) << 8);
        }
        return new String(units);
    }

    private static String encodeHex(byte[] bytes) {
        byte[] digits = new byte[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            int value = bytes[i] & 0xff;
            digits[2 * i] = HEX_DIGITS[value >>> 4];
            digits[2 * i + 1] = HEX_DIGITS[value & 0xf];
        }
        return new String(digits, StandardCharsets.ISO_8859_1);
    }
}
