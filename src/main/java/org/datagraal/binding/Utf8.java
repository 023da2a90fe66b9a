package org.datagraal.binding;

import java.nio.charset.StandardCharsets;

/**
 * UTF-8 decoding as the Encoding Standard (and so Node's Buffer#toString) does it: each maximal
 * ill-formed subsequence becomes one U+FFFD. The JDK's own replacement differs for encoded
 * surrogates, so only well-formed input takes the JDK's fast path.
 */
final class Utf8 {
    private Utf8() {
    }

    static String decode(byte[] bytes) {
        // The JDK decodes well-formed input exactly; its output has no U+FFFD unless the input was
        // ill-formed (or held U+FFFD itself), and only then does the slower exact decoder run.
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? text : decodeWithReplacement(bytes);
    }

    private static String decodeWithReplacement(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length);
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            if (b < 0x80) {
                out.append((char) b);
                i++;
                continue;
            }
            int need;
            int codePoint;
            int lower = 0x80;
            int upper = 0xbf;
            if (b >= 0xc2 && b <= 0xdf) {
                need = 1;
                codePoint = b & 0x1f;
            } else if (b >= 0xe0 && b <= 0xef) {
                need = 2;
                codePoint = b & 0x0f;
                if (b == 0xe0) {
                    lower = 0xa0;
                } else if (b == 0xed) {
                    upper = 0x9f;
                }
            } else if (b >= 0xf0 && b <= 0xf4) {
                need = 3;
                codePoint = b & 0x07;
                if (b == 0xf0) {
                    lower = 0x90;
                } else if (b == 0xf4) {
                    upper = 0x8f;
                }
            } else {
                out.append('\uFFFD');
                i++;
                continue;
            }
            int j = i + 1;
            boolean complete = true;
            for (int k = 0; k < need; k++, j++) {
                if (j >= bytes.length) {
                    complete = false;
                    break;
                }
                int next = bytes[j] & 0xff;
                if (next < lower || next > upper) {
                    complete = false;
                    break;
                }
                lower = 0x80;
                upper = 0xbf;
                codePoint = (codePoint << 6) | (next & 0x3f);
            }
            if (complete) {
                out.appendCodePoint(codePoint);
            } else {
                out.append('\uFFFD');
            }
            i = j;
        }
        return out.toString();
    }
}
