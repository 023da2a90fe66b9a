// The first JS that runs in a runtime. It receives the Java HostBindings object, sets up the
// loader of built-in modules (lib/**.js, wrapped by Java), then lets internal/bootstrap/node
// build the global scope. It evaluates to a function and returns the entry points Java calls.
(function bootstrapLoader(host) {
  'use strict';

  // Node 20 provides these well-known symbols where the engine has none yet (GraalJS has none).
  for (const [name, description] of [['dispose', 'nodejs.dispose'], ['asyncDispose', 'nodejs.asyncDispose']]) {
    if (Symbol[name] === undefined) Object.defineProperty(Symbol, name, { value: Symbol(description) });
  }

  const builtinModules = new Map();

  function internalBinding(name) {
    const binding = host.binding(name);
    if (binding == null) throw new Error(`No such binding: ${name}`);
    return binding;
  }

  // require() as seen by built-in modules: every built-in, internal ones included.
  function requireBuiltin(id) {
    if (id.startsWith('node:')) id = id.slice(5);
    const cached = builtinModules.get(id);
    if (cached !== undefined) return cached.exports;
    const moduleFunction = host.compileBuiltin(id);
    if (moduleFunction == null) {
      const error = new Error(`Cannot find module '${id}'`);
      error.code = 'MODULE_NOT_FOUND';
      throw error;
    }
    const module = { id, exports: {}, loaded: false };
    builtinModules.set(id, module);
    moduleFunction.call(module.exports, module.exports, requireBuiltin, module, internalBinding);
    module.loaded = true;
    return module.exports;
  }

  requireBuiltin.isBuiltin = (id) => host.hasBuiltin(id);
  requireBuiltin.host = host;

  return requireBuiltin('internal/bootstrap/node');
});
