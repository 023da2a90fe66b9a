package org.datagraal.binding;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/** What util.inspect needs from the engine that plain JS cannot observe: a promise's state. */
public final class UtilBinding {
    static final int UNKNOWN = -1;
    static final int PENDING = 0;
    static final int FULFILLED = 1;
    static final int REJECTED = 2;

    private static final String STATUS_MARK = "[[PromiseStatus]]: \"";

    UtilBinding(BindingContext context) {
    }

    /**
     * The state of a JS promise: PENDING, FULFILLED, REJECTED, or UNKNOWN when the engine does
     * not say. GraalJS shows the state only in a promise's display string, so it is read there.
     */
    @HostAccess.Export
    public int promiseState(Value promise) {
        return promiseStateOf(promise.toString());
    }

    static int promiseStateOf(String display) {
        // The display is `Name{own: props, [[PromiseStatus]]: "state", [[PromiseValue]]: value}`.
        // Shown values may hold the mark too: it counts right after the brace (no own properties)
        // or when it is the only one.
        int mark = display.indexOf(STATUS_MARK);
        if (mark < 0 || (mark != display.indexOf('{') + 1 && display.indexOf(STATUS_MARK, mark + 1) >= 0)) {
            return UNKNOWN;
        }
        String rest = display.substring(mark + STATUS_MARK.length());
        if (rest.startsWith("pending\"")) {
            return PENDING;
        }
        if (rest.startsWith("resolved\"") || rest.startsWith("fulfilled\"")) {
            return FULFILLED;
        }
        if (rest.startsWith("rejected\"")) {
            return REJECTED;
        }
        return UNKNOWN;
    }
}
