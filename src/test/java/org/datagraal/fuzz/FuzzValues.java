package org.datagraal.fuzz;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of fuzzed JS argument values, as the JSON specs that
 * js-tests/fuzz/fixtures/values.js builds into values (its header lists the tags). Every JS
 * type is here: undefined, null, booleans, numbers (NaN, -0, infinities, huge, negative,
 * fractional), strings (empty, long, non-ASCII, lone surrogates), symbols, bigints, arrays, plain
 * objects, functions, Buffers, typed arrays, DataView, ArrayBuffer, and hostile objects whose
 * getters, conversions or proxy traps throw. Plausible values (ports, addresses, encodings,
 * callbacks) come often, so cases get past the first argument check.
 */
public final class FuzzValues {
    private FuzzValues() {
    }

    private static final List<String> SPECIAL_NUMBERS = List.of(
            "[\"num\",\"NaN\"]", "[\"num\",\"-0\"]", "[\"num\",\"Infinity\"]", "[\"num\",\"-Infinity\"]",
            "0", "1", "-1", "0.5", "-1.5", "255", "256", "65535", "65536", "2147483647", "-2147483648",
            "4294967296", "4294967297", "9007199254740991", "-9007199254740991", "9007199254740992",
            "1e21", "1.7976931348623157e308", "5e-324", "1e-7", "3.14159");

    private static final List<String> INTERESTING_STRINGS = List.of(
            "", " ", "0", "1", "-1", "9", " 9 ", "65536", "0x10", "1e3", "NaN", "abc", "hello", "héllo wörld",
            "日本語", "😀", "\uD800", "\u0000", "\n", "udp4", "udp6", "UDP4", "127.0.0.1", "::1", "0.0.0.0", "::",
            "localhost", "nope.invalid", "256.1.1.1", "::ffff:127.0.0.1", "fe80::1%lo", "utf8", "utf-8", "hex",
            "base64", "base64url", "latin1", "binary", "ascii", "ucs2", "utf16le", "UTF8", "x", "error",
            "message", "close", "listening", "newListener", "removeListener", "__proto__", "constructor");

    private static final List<String> OBJECT_KEYS = List.of(
            "type", "port", "address", "fd", "exclusive", "lookup", "recvBufferSize", "sendBufferSize",
            "reuseAddr", "reusePort", "ipv6Only", "signal", "length", "byteLength", "byteOffset", "buffer", "0",
            "valueOf", "toString", "then", "constructor", "name", "message", "code");

    private static final List<String> TYPED_ARRAYS = List.of("Uint8Array", "Int8Array", "Uint8ClampedArray",
            "Uint16Array", "Int32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array");

    private static final List<String> HOSTILE = List.of(
            "[\"valueof\"]", "[\"proxy\"]", "[\"nullproto\"]", "[\"date\"]", "[\"regexp\"]", "[\"err\"]",
            "[\"map\"]", "[\"throwfn\"]");

    /** One argument value of any type, nested at most {@code depth} levels. */
    public static Arbitrary<String> anyValue(int depth) {
        List<Arbitrary<String>> kinds = new ArrayList<>(List.of(
                Arbitraries.of("[\"undefined\"]", "[\"null\"]", "true", "false"),
                numbers(), strings(), symbols(), bigints(), functions(), binary(), hostile()));
        if (depth > 0) {
            kinds.add(arrays(depth - 1));
            kinds.add(objects(depth - 1));
        }
        @SuppressWarnings("unchecked")
        Arbitrary<String>[] array = kinds.toArray(new Arbitrary[0]);
        return Arbitraries.oneOf(List.of(array));
    }

    /** Values an entry point is likely to accept, so a case reaches its later arguments. */
    public static Arbitrary<String> plausible() {
        return Arbitraries.oneOf(List.of(
                Arbitraries.of("0", "1", "9", "65535", "65536", "-1", "0.5", "\"9\"", "2", "4", "8"),
                Arbitraries.of("\"127.0.0.1\"", "\"localhost\"", "\"::1\"", "\"\"", "\"0.0.0.0\"", "\"udp4\"",
                        "\"udp6\"", "\"hello\"", "\"utf8\"", "\"hex\"", "\"x\"", "\"error\""),
                Arbitraries.of("[\"fn\",\"cb\"]", "[\"fn\",\"listener\"]", "[\"buf\",\"68656c6c6f\"]",
                        "[\"ta\",\"Uint8Array\",4]", "[\"obj\",[\"type\",\"udp4\"]]",
                        "[\"obj\",[\"port\",0],[\"address\",\"127.0.0.1\"]]",
                        "[\"arr\",\"ab\",[\"buf\",\"00ff\"]]", "[\"undefined\"]", "[\"null\"]", "true")));
    }

    /** An argument list of 0 to 6 values, mostly plausible ones. */
    public static Arbitrary<List<String>> argumentLists() {
        Arbitrary<String> argument = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, plausible()), net.jqwik.api.Tuple.of(4, anyValue(2)));
        return argument.list().ofMinSize(0).ofMaxSize(6);
    }

    static Arbitrary<String> numbers() {
        return Arbitraries.oneOf(List.of(
                Arbitraries.of(SPECIAL_NUMBERS),
                Arbitraries.integers().between(-1000, 70000).map(String::valueOf),
                Arbitraries.integers().between(-4000, 4000).map(n -> String.valueOf(n / 8.0))));
    }

    static Arbitrary<String> strings() {
        return Arbitraries.oneOf(List.of(
                Arbitraries.of(INTERESTING_STRINGS).map(Json::string),
                Arbitraries.strings().all().ofMaxLength(12).map(Json::string),
                Arbitraries.strings().withCharRange('a', 'f').withCharRange('0', '9').ofMaxLength(10).map(Json::string),
                Combinators.combine(Arbitraries.of("a", "é", "😀", "0", " "), Arbitraries.of(300, 70000, 100000))
                        .as((unit, count) -> "[\"rep\"," + Json.string(unit) + "," + count + "]")));
    }

    static Arbitrary<String> symbols() {
        return Arbitraries.of("x", "", "error", "nodejs.rejection").map(d -> "[\"sym\"," + Json.string(d) + "]");
    }

    static Arbitrary<String> bigints() {
        return Arbitraries.oneOf(List.of(
                Arbitraries.of("0", "1", "-1", "255", "18446744073709551615", "18446744073709551616",
                        "-9223372036854775808", "-9223372036854775809"),
                Arbitraries.longs().map(String::valueOf)))
                .map(n -> "[\"big\"," + Json.string(n) + "]");
    }

    static Arbitrary<String> functions() {
        return Arbitraries.of("[\"fn\",\"cb\"]", "[\"fn\",\"listener\"]", "[\"fn\",\"lookup\"]", "[\"throwfn\"]");
    }

    static Arbitrary<String> binary() {
        Arbitrary<Integer> small = Arbitraries.integers().between(0, 16);
        return Arbitraries.oneOf(List.of(
                Arbitraries.bytes().list().ofMaxSize(12).map(FuzzValues::hexSpec),
                Combinators.combine(Arbitraries.of(TYPED_ARRAYS), small)
                        .as((type, length) -> "[\"ta\",\"" + type + "\"," + length + "]"),
                small.map(n -> "[\"dv\"," + n + "]"),
                small.map(n -> "[\"ab\"," + n + "]")));
    }

    static Arbitrary<String> hostile() {
        return Arbitraries.oneOf(List.of(
                Arbitraries.of(HOSTILE),
                Arbitraries.of(OBJECT_KEYS).map(key -> "[\"getter\"," + Json.string(key) + "]")));
    }

    static Arbitrary<String> arrays(int depth) {
        return anyValue(depth).list().ofMaxSize(3).map(items -> joinSpec("[\"arr\"", items));
    }

    static Arbitrary<String> objects(int depth) {
        Arbitrary<String> entry = Combinators.combine(Arbitraries.of(OBJECT_KEYS),
                        Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, plausible()),
                                net.jqwik.api.Tuple.of(1, anyValue(depth))))
                .as((key, value) -> "[" + Json.string(key) + "," + value + "]");
        return entry.list().ofMaxSize(3).uniqueElements(e -> e.substring(0, e.indexOf(',')))
                .map(entries -> joinSpec("[\"obj\"", entries));
    }

    private static String joinSpec(String head, List<String> items) {
        StringBuilder spec = new StringBuilder(head);
        for (String item : items) {
            spec.append(',').append(item);
        }
        return spec.append(']').toString();
    }

    private static String hexSpec(List<Byte> bytes) {
        StringBuilder hex = new StringBuilder("[\"buf\",\"");
        for (byte b : bytes) {
            hex.append(String.format("%02x", b & 0xff));
        }
        return hex.append("\"]").toString();
    }
}
