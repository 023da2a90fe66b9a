package org.datagraal.binding;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/** Compiles user module code into a function, keeping the file name for stack traces. */
public final class ModulesBinding {
    private static final String CJS_HEAD = "(function (exports, require, module, __filename, __dirname) { ";

    ModulesBinding(BindingContext context) {
    }

    /** The CommonJS wrapper function around {@code source}; line numbers stay the file's own. */
    @HostAccess.Export
    public Value compileCommonJs(String source, String filename) {
        String body = source.startsWith("#!") ? "//" + source : source;
        Source wrapped = Source.newBuilder("js", CJS_HEAD + body + "\n})", filename).buildLiteral();
        return Context.getCurrent().eval(wrapped);
    }

    /** Evaluates a script (for -e and -p) under {@code name}; returns its completion value. */
    @HostAccess.Export
    public Value evalScript(String source, String name) {
        return Context.getCurrent().eval(Source.newBuilder("js", source, name).buildLiteral());
    }
}
