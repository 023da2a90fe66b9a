package org.datagraal.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Whole fuzz cases, as the harness reads them: ["area", "target", "state" or null, [argument specs]]. */
public final class FuzzCases {
    private FuzzCases() {
    }

    /** One case; state is the socket's for Socket methods, else null. */
    public record FuzzCase(String area, String target, String state, List<String> arguments) {
        public String toJson() {
            return "[" + Json.string(area) + "," + Json.string(target) + "," + (state == null ? "null" : Json.string(state))
                    + ",[" + String.join(",", arguments) + "]]";
        }

        @Override
        public String toString() {
            return toJson();
        }
    }

    /** Cases for the targets of one area; dgram Socket methods also get a socket state. */
    public static Arbitrary<FuzzCase> of(String area, List<String> targets, List<String> socketStates) {
        Arbitrary<String> states = area.equals("dgram") ? Arbitraries.of(socketStates) : Arbitraries.just(null);
        // A third random argument lists, two thirds mutated well-formed ones (FuzzTemplates).
        return Arbitraries.of(targets).flatMap(target -> Combinators.combine(states,
                        Arbitraries.frequencyOf(Tuple.of(1, FuzzValues.argumentLists()),
                                Tuple.of(2, FuzzTemplates.mutated(target))))
                .as((state, arguments) -> new FuzzCase(area, target, target.equals("createSocket") ? null : state,
                        arguments)));
    }
}
