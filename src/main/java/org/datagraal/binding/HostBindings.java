package org.datagraal.binding;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * The one object the JS bootstrap receives from Java: it hands out the bindings by name
 * ({@code internalBinding('udp_wrap')}) and compiles the built-in modules.
 */
public final class HostBindings {
    private final Map<String, Function<BindingContext, Object>> factories = new HashMap<>();
    private final Map<String, Object> created = new HashMap<>();
    private final BindingContext context;
    private final boolean hostContext;

    public HostBindings(BindingContext context) {
        this(context, false);
    }

    /** @param hostContext the Context is the host's own: its engine globals (Polyglot, ...) stay */
    public HostBindings(BindingContext context, boolean hostContext) {
        this.context = context;
        this.hostContext = hostContext;
        factories.put("process", ProcessBinding::new);
        factories.put("fs", FsBinding::new);
        factories.put("timers", TimersBinding::new);
        factories.put("udp_wrap", UdpBinding::new);
        factories.put("dns", DnsBinding::new);
        factories.put("modules", ModulesBinding::new);
        factories.put("os", OsBinding::new);
        factories.put("crypto", CryptoBinding::new);
        factories.put("stdio", StdioBinding::new);
        factories.put("buffer", BufferBinding::new);
        factories.put("util", UtilBinding::new);
    }

    @HostAccess.Export
    public Object binding(String name) {
        Object binding = created.get(name);
        if (binding == null) {
            Function<BindingContext, Object> factory = factories.get(name);
            if (factory == null) {
                return null;
            }
            binding = factory.apply(context);
            created.put(name, binding);
        }
        return binding;
    }

    @HostAccess.Export
    public boolean isHostContext() {
        return hostContext;
    }

    @HostAccess.Export
    public boolean hasBuiltin(String id) {
        return BuiltinSources.exists(id);
    }

    /** The module function of built-in {@code id}: (exports, require, module, internalBinding). */
    @HostAccess.Export
    public Value compileBuiltin(String id) {
        Source source = BuiltinSources.module(id);
        return source == null ? null : Context.getCurrent().eval(source);
    }

    /** The callbacks of the JS side that the loop calls: see {@link JsCallbacks}. */
    @HostAccess.Export
    public void installCallbacks(Value makeCallback, Value processTicks, Value makeMessageCallback) {
        context.callbacks.install(makeCallback, processTicks, makeMessageCallback);
    }

    @HostAccess.Export
    public Object tickState() {
        return context.callbacks.tickState();
    }
}
