package org.datagraal.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Well-formed argument lists of each entry point, position by position, which the generator then
 * mutates (any position may become any value, the tail may be cut): random lists alone rarely
 * get past the first check, so the later checks and the asynchronous paths (lookups, sends,
 * callbacks) would go untested. No template names a multicast group: joining one would send
 * IGMP reports off the machine.
 */
final class FuzzTemplates {
    private FuzzTemplates() {
    }

    private static Arbitrary<String> of(String... specs) {
        return Arbitraries.of(specs);
    }

    private static Arbitrary<String> ints(int min, int max) {
        return Arbitraries.integers().between(min, max).map(String::valueOf);
    }

    private static final Arbitrary<String> CALLBACK = of("[\"fn\",\"cb\"]");
    private static final Arbitrary<String> MESSAGE = of("\"hello\"", "\"\"", "[\"buf\",\"00010203\"]",
            "[\"ta\",\"Uint8Array\",3]", "[\"dv\",2]", "[\"arr\",\"ab\",[\"buf\",\"ff\"]]", "[\"arr\"]",
            "[\"rep\",\"x\",300]");
    private static final Arbitrary<String> LOCAL_ADDRESS = of("\"127.0.0.1\"", "\"localhost\"", "\"::1\"",
            "\"0.0.0.0\"", "\"\"", "\"nope.invalid\"");
    private static final Arbitrary<String> PORT = of("9", "0", "\"9\"", "65535");
    private static final Arbitrary<String> ENCODING = of("\"utf8\"", "\"hex\"", "\"base64\"", "\"latin1\"",
            "\"ucs2\"", "\"ascii\"", "\"base64url\"", "\"binary\"", "\"utf-16le\"");
    private static final Arbitrary<String> BUFFER = of("[\"buf\",\"0102030405\"]", "[\"buf\",\"\"]",
            "[\"ta\",\"Uint8Array\",8]", "[\"buf\",\"3031323334353637383961626364656667\"]");
    private static final Arbitrary<String> TEXT = of("\"hello\"", "\"\"", "\"héllo\"", "\"😀\"", "\"abc\"",
            "\"6869\"", "\"aGk=\"", "[\"rep\",\"ab\",300]");
    private static final Arbitrary<String> EVENT = of("\"x\"", "\"y\"", "\"error\"", "\"newListener\"",
            "\"removeListener\"", "[\"sym\",\"x\"]");
    private static final Arbitrary<String> BYTE_INDEX = ints(-2, 20);

    private static final Map<String, List<Arbitrary<String>>> TEMPLATES = Map.ofEntries(
            Map.entry("createSocket", List.of(of("\"udp4\"", "\"udp6\"", "[\"obj\",[\"type\",\"udp4\"]]",
                    "[\"obj\",[\"type\",\"udp6\"],[\"ipv6Only\",true]]",
                    "[\"obj\",[\"type\",\"udp4\"],[\"recvBufferSize\",4096]]",
                    "[\"obj\",[\"type\",\"udp4\"],[\"lookup\",[\"fn\",\"lookup\"]]]"), CALLBACK)),
            Map.entry("bind", List.of(of("0", "[\"obj\",[\"port\",0],[\"address\",\"127.0.0.1\"]]"), LOCAL_ADDRESS,
                    CALLBACK)),
            Map.entry("send", List.of(MESSAGE, ints(0, 2), ints(0, 3), PORT, LOCAL_ADDRESS, CALLBACK)),
            Map.entry("send#short", List.of(MESSAGE, PORT, LOCAL_ADDRESS, CALLBACK)),
            Map.entry("send#connected", List.of(MESSAGE, CALLBACK)),
            Map.entry("connect", List.of(PORT, LOCAL_ADDRESS, CALLBACK)),
            Map.entry("close", List.of(CALLBACK)),
            Map.entry("setTTL", List.of(ints(-1, 300))),
            Map.entry("setMulticastTTL", List.of(ints(-1, 300))),
            Map.entry("setBroadcast", List.of(of("true", "false"))),
            Map.entry("setMulticastLoopback", List.of(of("true", "false"))),
            Map.entry("setMulticastInterface", List.of(of("\"127.0.0.1\"", "\"::1%lo\"", "\"0.0.0.0\"", "\"x\""))),
            Map.entry("addMembership", List.of(of("\"127.0.0.1\"", "\"10.1.2.3\""), of("\"127.0.0.1\""))),
            Map.entry("dropMembership", List.of(of("\"127.0.0.1\"", "\"10.1.2.3\""), of("\"127.0.0.1\""))),
            Map.entry("addSourceSpecificMembership", List.of(of("\"127.0.0.1\""), of("\"127.0.0.2\""),
                    of("\"127.0.0.1\""))),
            Map.entry("dropSourceSpecificMembership", List.of(of("\"127.0.0.1\""), of("\"127.0.0.2\""),
                    of("\"127.0.0.1\""))),
            Map.entry("setRecvBufferSize", List.of(of("0", "1", "4096", "65536", "2147483648", "4294967295"))),
            Map.entry("setSendBufferSize", List.of(of("0", "1", "4096", "65536", "2147483648", "4294967295"))),
            Map.entry("Buffer.from", List.of(of("\"hello\"", "[\"arr\",1,2,256,-1]", "[\"ab\",8]", "[\"buf\",\"0102\"]",
                    "[\"obj\",[\"length\",2],[\"0\",7]]"), Arbitraries.oneOf(List.of(ENCODING, BYTE_INDEX)), BYTE_INDEX)),
            Map.entry("Buffer.alloc", List.of(ints(0, 32), of("0", "\"ab\"", "[\"buf\",\"0102\"]", "\"\"", "257"),
                    ENCODING)),
            Map.entry("Buffer.allocUnsafe", List.of(ints(-1, 32))),
            Map.entry("Buffer.concat", List.of(of("[\"arr\",[\"buf\",\"01\"],[\"buf\",\"0203\"]]", "[\"arr\"]",
                    "[\"arr\",[\"ta\",\"Uint8Array\",2]]"), BYTE_INDEX)),
            Map.entry("Buffer.compare", List.of(BUFFER, BUFFER)),
            Map.entry("Buffer.byteLength", List.of(Arbitraries.oneOf(List.of(TEXT, BUFFER)), ENCODING)),
            Map.entry("Buffer.isEncoding", List.of(ENCODING)),
            Map.entry("Buffer.copyBytesFrom", List.of(of("[\"ta\",\"Uint16Array\",4]", "[\"ta\",\"Float64Array\",2]"),
                    BYTE_INDEX, BYTE_INDEX)),
            Map.entry("write", List.of(TEXT, BYTE_INDEX, BYTE_INDEX, ENCODING)),
            Map.entry("toString", List.of(ENCODING, BYTE_INDEX, BYTE_INDEX)),
            Map.entry("fill", List.of(of("\"ab\"", "0", "255", "[\"buf\",\"0102\"]", "\"\""), BYTE_INDEX, BYTE_INDEX,
                    ENCODING)),
            Map.entry("indexOf", List.of(of("\"5\"", "53", "[\"buf\",\"3536\"]", "\"\""), BYTE_INDEX, ENCODING)),
            Map.entry("lastIndexOf", List.of(of("\"5\"", "53", "[\"buf\",\"3536\"]", "\"\""), BYTE_INDEX, ENCODING)),
            Map.entry("includes", List.of(of("\"5\"", "53", "[\"buf\",\"3536\"]", "\"\""), BYTE_INDEX, ENCODING)),
            Map.entry("copy", List.of(BUFFER, BYTE_INDEX, BYTE_INDEX, BYTE_INDEX)),
            Map.entry("slice", List.of(BYTE_INDEX, BYTE_INDEX)),
            Map.entry("subarray", List.of(BYTE_INDEX, BYTE_INDEX)),
            Map.entry("equals", List.of(BUFFER)),
            Map.entry("compare", List.of(BUFFER, BYTE_INDEX, BYTE_INDEX, BYTE_INDEX, BYTE_INDEX)),
            Map.entry("EventEmitter.listenerCount", List.of(of("[\"emitter\"]"), EVENT)),
            Map.entry("EventEmitter.setMaxListeners", List.of(ints(-1, 20), of("[\"emitter\"]"))),
            Map.entry("EventEmitter.getEventListeners", List.of(of("[\"emitter\"]"), EVENT)),
            Map.entry("EventEmitter.once", List.of(of("[\"emitter\"]"), EVENT, of("[\"obj\"]"))),
            Map.entry("emit", List.of(EVENT, of("1", "[\"err\"]", "\"a\""), of("2"))),
            Map.entry("setMaxListeners", List.of(ints(-1, 20))),
            Map.entry("listenerCount", List.of(EVENT, CALLBACK)),
            Map.entry("listeners", List.of(EVENT)),
            Map.entry("rawListeners", List.of(EVENT)),
            Map.entry("removeAllListeners", List.of(EVENT)));

    /** The template of a target (numeric read/write methods and listener methods by their shape). */
    static List<Arbitrary<String>> template(String target) {
        List<Arbitrary<String>> template = TEMPLATES.get(target);
        if (template != null) {
            return template;
        }
        if (target.matches("write(U?Int|Float|Double|BigU?Int).*")) {
            Arbitrary<String> value = target.contains("Big") ? of("[\"big\",\"1\"]", "[\"big\",\"-1\"]", "5")
                    : Arbitraries.oneOf(List.of(ints(-300, 70000), of("1.5", "[\"num\",\"NaN\"]")));
            return target.matches("write(U?Int)(LE|BE)") ? List.of(value, BYTE_INDEX, ints(0, 7))
                    : List.of(value, BYTE_INDEX);
        }
        if (target.matches("read(U?Int|Float|Double|BigU?Int).*")) {
            return target.matches("read(U?Int)(LE|BE)") ? List.of(BYTE_INDEX, ints(0, 7)) : List.of(BYTE_INDEX);
        }
        if (target.matches("on|once|off|removeListener|prependListener|prependOnceListener")) {
            return List.of(EVENT, of("[\"fn\",\"listener\"]", "[\"throwfn\"]"));
        }
        return List.of();
    }

    /** A template's argument list with some positions replaced by any value and the tail maybe cut. */
    static Arbitrary<List<String>> mutated(String target) {
        if (target.equals("send")) {
            return Arbitraries.oneOf(List.of(mutated(template("send")), mutated(template("send#short")),
                    mutated(template("send#connected"))));
        }
        return mutated(template(target));
    }

    private static Arbitrary<List<String>> mutated(List<Arbitrary<String>> template) {
        List<Arbitrary<String>> positions = new ArrayList<>();
        for (Arbitrary<String> position : template) {
            positions.add(Arbitraries.frequencyOf(Tuple.of(6, position), Tuple.of(1, FuzzValues.anyValue(1))));
        }
        Arbitrary<List<String>> full = positions.isEmpty() ? Arbitraries.just(List.of())
                : net.jqwik.api.Combinators.combine(positions).as(List::copyOf);
        return full.flatMap(list -> Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(list)),
                Tuple.of(1, Arbitraries.integers().between(0, list.size()).map(keep -> list.subList(0, keep)))));
    }
}
