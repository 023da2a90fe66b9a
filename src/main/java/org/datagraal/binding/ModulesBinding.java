package org.datagraal.binding;

import java.io.File;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/** Compiles user module code into a function, keeping the file name for stack traces. */
public final class ModulesBinding {
    private static final String CJS_HEAD = "(function (exports, require, module, __filename, __dirname) { ";
    private static final String MODULE_MIME_TYPE = "application/javascript+module";

    private final BindingContext context;

    ModulesBinding(BindingContext context) {
        this.context = context;
    }

    /**
     * The CommonJS wrapper function around {@code source}; line numbers stay the file's own. The
     * source carries the file's path, so an import() in it resolves against the file.
     */
    @HostAccess.Export
    public Value compileCommonJs(String source, String filename) {
        String body = source.startsWith("#!") ? "//" + source : source;
        String text = CJS_HEAD + body + "\n})";
        Source wrapped = filename.startsWith("/")
                ? Source.newBuilder("js", new File(filename)).content(text).name(filename).buildLiteral()
                : Source.newBuilder("js", text, filename).buildLiteral();
        return Context.getCurrent().eval(wrapped);
    }

    /** Evaluates a script (for -e and -p) under {@code name}; returns its completion value. */
    @HostAccess.Export
    public Value evalScript(String source, String name) {
        return Context.getCurrent().eval(Source.newBuilder("js", source, name).buildLiteral());
    }

    /** Installs the ES module loader's resolve/load hooks (see {@link ModuleFileSystem}). */
    @HostAccess.Export
    public void installEsmHooks(Value hooks) {
        ModuleFileSystem.install(hooks);
        context.callbacks.ignoreEchoes(hooks.getMember("isRequireEcho"));
    }

    /**
     * Links and evaluates the ES module {@code source} (named {@code name}, which must be unique)
     * now, as require() of an ES module needs: an error thrown while evaluating a graph without
     * top-level await is thrown here; a graph that awaits goes on evaluating after this returns.
     * Whatever it imports is shared with import(): same URL, same module instance.
     */
    @HostAccess.Export
    public void evalModule(String source, String name) {
        Context.getCurrent().eval(Source.newBuilder("js", source, name).mimeType(MODULE_MIME_TYPE).buildLiteral());
    }
}
