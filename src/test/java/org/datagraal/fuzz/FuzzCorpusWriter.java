package org.datagraal.fuzz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Freezes a corpus of fuzz cases, drawn from the same generators as FuzzedArgumentsTest, into
 * js-tests/fuzz/fixtures/AREA-cases.js; the js-tests fuzz/AREA.js run it and compare with goldens
 * from Node 20. Run once, then keep the file (re-running draws new cases and needs new goldens):
 *   java -cp target/test-classes:target/classes:$(deps) org.datagraal.fuzz.FuzzCorpusWriter dgram 500
 * Cases whose outcome depends on the machine are left out: binding a fixed port (in use or not).
 */
public final class FuzzCorpusWriter {
    /** A first argument that may be a fixed port, or an object that may hold one. */
    private static final Pattern MAYBE_FIXED_PORT = Pattern.compile("^\"?\\s*[0-9]*[1-9]|\"port\"");

    private FuzzCorpusWriter() {
    }

    public static void main(String[] args) throws Exception {
        String area = args[0];
        int count = Integer.parseInt(args[1]);
        Set<String> cases = new LinkedHashSet<>();
        try (FuzzSession session = new FuzzSession()) {
            List<String> targets = session.targetNames(area);
            List<String> states = session.socketStates();
            // The same share for every target (send, with the most paths, three), drawn uniformly.
            int shares = targets.size() + (targets.contains("send") ? 2 : 0);
            for (String target : targets) {
                int wanted = count * (target.equals("send") ? 3 : 1) / shares;
                FuzzCases.of(area, List.of(target), states).withoutEdgeCases().sampleStream()
                        .filter(c -> !(c.target().equals("bind") && !c.arguments().isEmpty()
                                && MAYBE_FIXED_PORT.matcher(c.arguments().get(0)).find()))
                        .map(FuzzCases.FuzzCase::toJson).distinct().limit(wanted).forEach(cases::add);
            }
        }
        StringBuilder file = new StringBuilder("'use strict';\n// Fuzz cases frozen by ")
                .append("src/test/java/org/datagraal/fuzz/FuzzCorpusWriter.java (see its header); ")
                .append("the harness reads them.\nmodule.exports = [\n");
        for (String c : cases) {
            file.append("  ").append(c).append(",\n");
        }
        file.append("];\n");
        Path out = Path.of("js-tests/fuzz/fixtures/" + area + "-cases.js");
        Files.writeString(out, file.toString(), StandardCharsets.UTF_8);
        System.out.println(cases.size() + " cases written to " + out);
        System.exit(0);
    }
}
