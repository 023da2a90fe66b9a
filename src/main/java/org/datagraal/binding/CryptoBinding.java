package org.datagraal.binding;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The JDK's security providers behind the `crypto` module: random bytes from SecureRandom, and
 * message digests (with HMAC built on them, RFC 2104, so that empty keys work as in OpenSSL). The
 * JS side resolves Node's algorithm names to the canonical names used here.
 */
public final class CryptoBinding {
    private static final SecureRandom RANDOM = newRandom();
    /** Canonical name -> JDK MessageDigest algorithms (two for md5-sha1) and HMAC block size. */
    private static final Map<String, Algorithm> ALGORITHMS = Map.ofEntries(
            Map.entry("md5", new Algorithm(64, "MD5")),
            Map.entry("sha1", new Algorithm(64, "SHA-1")),
            Map.entry("sha224", new Algorithm(64, "SHA-224")),
            Map.entry("sha256", new Algorithm(64, "SHA-256")),
            Map.entry("sha384", new Algorithm(128, "SHA-384")),
            Map.entry("sha512", new Algorithm(128, "SHA-512")),
            Map.entry("sha512-224", new Algorithm(128, "SHA-512/224")),
            Map.entry("sha512-256", new Algorithm(128, "SHA-512/256")),
            Map.entry("sha3-224", new Algorithm(144, "SHA3-224")),
            Map.entry("sha3-256", new Algorithm(136, "SHA3-256")),
            Map.entry("sha3-384", new Algorithm(104, "SHA3-384")),
            Map.entry("sha3-512", new Algorithm(72, "SHA3-512")),
            Map.entry("md5-sha1", new Algorithm(64, "MD5", "SHA-1")));
    private static final int CHUNK = 64 * 1024;

    private record Algorithm(int blockSize, String... jdkNames) {
    }

    /** NIST SP 800-90A DRBG (seeded by the OS), as OpenSSL's RAND_bytes is; several times faster
     * than NativePRNG, which mixes every read from /dev/urandom with SHA1PRNG output. */
    private static SecureRandom newRandom() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    CryptoBinding(BindingContext context) {
        // Nothing per runtime: SecureRandom and the providers are the JVM's.
    }

    /** {@code length} random bytes, for JS to copy out of (new Uint8Array(buffer)). */
    @HostAccess.Export
    public ByteBuffer randomBytes(int length) {
        byte[] bytes = new byte[Math.max(0, length)];
        RANDOM.nextBytes(bytes);
        return ByteBuffer.wrap(bytes);
    }

    /** Whether canonical algorithm {@code name} is available in this JVM. */
    @HostAccess.Export
    public boolean supports(String name) {
        return newDigests(name) != null;
    }

    /** A digest of canonical algorithm {@code name}, or null when this JVM has none. */
    @HostAccess.Export
    public Digest createHash(String name) {
        MessageDigest[] digests = newDigests(name);
        return digests == null ? null : new Digest(digests, null);
    }

    /** An HMAC of canonical algorithm {@code name} keyed with bytes of a JS ArrayBuffer, or null. */
    @HostAccess.Export
    public Digest createHmac(String name, Value keyBuffer, int offset, int length) {
        MessageDigest[] digests = newDigests(name);
        if (digests == null) {
            return null;
        }
        byte[] key = new byte[length];
        if (length > 0) {
            keyBuffer.readBuffer(offset, key, 0, length);
        }
        int blockSize = ALGORITHMS.get(name).blockSize();
        if (key.length > blockSize) {
            for (MessageDigest digest : digests) {
                digest.update(key);
            }
            key = Digest.finish(digests);
        }
        byte[] inner = new byte[blockSize];
        byte[] outer = new byte[blockSize];
        for (int i = 0; i < blockSize; i++) {
            byte k = i < key.length ? key[i] : 0;
            inner[i] = (byte) (k ^ 0x36);
            outer[i] = (byte) (k ^ 0x5c);
        }
        for (MessageDigest digest : digests) {
            digest.update(inner);
        }
        return new Digest(digests, outer);
    }

    /** UTF-8 as Node writes it: a lone surrogate becomes EF BF BD (Java would write '?'). */
    static byte[] utf8(String text) {
        boolean surrogates = false;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                surrogates = true;
                break;
            }
        }
        if (!surrogates) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(new byte[] {(byte) 0xef, (byte) 0xbf, (byte) 0xbd});
        try {
            ByteBuffer encoded = encoder.encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One instance per JDK algorithm, looked up once; new digests are clones of it. */
    private static final java.util.concurrent.ConcurrentHashMap<String, java.util.Optional<MessageDigest>> PROTOTYPES =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static MessageDigest newDigest(String jdkName) {
        MessageDigest prototype = PROTOTYPES.computeIfAbsent(jdkName, key -> {
            try {
                return java.util.Optional.of(MessageDigest.getInstance(key));
            } catch (NoSuchAlgorithmException e) {
                return java.util.Optional.empty();
            }
        }).orElse(null);
        if (prototype == null) {
            return null;
        }
        try {
            synchronized (prototype) {
                return (MessageDigest) prototype.clone();
            }
        } catch (CloneNotSupportedException e) {
            try {
                return MessageDigest.getInstance(jdkName);
            } catch (NoSuchAlgorithmException impossible) {
                return null;
            }
        }
    }

    private static MessageDigest[] newDigests(String name) {
        Algorithm algorithm = ALGORITHMS.get(name);
        if (algorithm == null) {
            return null;
        }
        MessageDigest[] digests = new MessageDigest[algorithm.jdkNames().length];
        for (int i = 0; i < digests.length; i++) {
            digests[i] = newDigest(algorithm.jdkNames()[i]);
            if (digests[i] == null) {
                return null;
            }
        }
        return digests;
    }

    /** One running hash or HMAC; JS feeds it bytes and takes the result once. */
    public static final class Digest {
        private final MessageDigest[] digests;
        /** The HMAC's outer padded key, or null for a plain hash. */
        private final byte[] outerKey;

        private Digest(MessageDigest[] digests, byte[] outerKey) {
            this.digests = digests;
            this.outerKey = outerKey;
        }

        @HostAccess.Export
        public int digestLength() {
            int length = 0;
            for (MessageDigest digest : digests) {
                length += digest.getDigestLength();
            }
            return length;
        }

        /** Adds {@code length} bytes of a JS ArrayBuffer from {@code offset}. */
        @HostAccess.Export
        public void update(Value arrayBuffer, int offset, int length) {
            byte[] chunk = new byte[Math.min(length, CHUNK)];
            for (int done = 0; done < length; ) {
                int size = Math.min(chunk.length, length - done);
                arrayBuffer.readBuffer(offset + (long) done, chunk, 0, size);
                for (MessageDigest digest : digests) {
                    digest.update(chunk, 0, size);
                }
                done += size;
            }
        }

        /** Adds a string as UTF-8, each lone surrogate as U+FFFD, as Node encodes it. */
        @HostAccess.Export
        public void updateUtf8(String text) {
            ByteBuffer bytes = ByteBuffer.wrap(utf8(text));
            for (MessageDigest digest : digests) {
                digest.update(bytes.duplicate());
            }
        }

        /** The result; the digest is spent afterwards. */
        @HostAccess.Export
        public ByteBuffer digest() {
            return ByteBuffer.wrap(result());
        }

        /**
         * The result as text in {@code encoding} (hex, base64, base64url or latin1, as Node
         * writes them), so that the common digest('hex') needs no Buffer; null for others.
         */
        @HostAccess.Export
        public String digestString(String encoding) {
            return switch (encoding) {
                case "hex" -> HexFormat.of().formatHex(result());
                case "base64" -> Base64.getEncoder().encodeToString(result());
                case "base64url" -> Base64.getUrlEncoder().withoutPadding().encodeToString(result());
                case "latin1" -> new String(result(), StandardCharsets.ISO_8859_1);
                default -> null;
            };
        }

        private byte[] result() {
            byte[] result = finish(digests);
            if (outerKey != null) {
                for (MessageDigest digest : digests) {
                    digest.update(outerKey);
                }
                // HMAC's outer hash covers the inner result of the same algorithm.
                if (digests.length == 1) {
                    digests[0].update(result);
                    result = digests[0].digest();
                } else {
                    for (MessageDigest digest : digests) {
                        digest.update(result);
                    }
                    result = finish(digests);
                }
            }
            return result;
        }

        /** An independent copy in the current state. */
        @HostAccess.Export
        public Digest copy() {
            MessageDigest[] copies = new MessageDigest[digests.length];
            try {
                for (int i = 0; i < digests.length; i++) {
                    copies[i] = (MessageDigest) digests[i].clone();
                }
            } catch (CloneNotSupportedException e) {
                return null;
            }
            return new Digest(copies, outerKey);
        }

        static byte[] finish(MessageDigest[] digests) {
            if (digests.length == 1) {
                return digests[0].digest();
            }
            ByteBuffer joined = ByteBuffer.allocate(digests[0].getDigestLength() + digests[1].getDigestLength());
            for (MessageDigest digest : digests) {
                joined.put(digest.digest());
            }
            return joined.array();
        }
    }
}
