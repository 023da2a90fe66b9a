'use strict';
// Which objects are proxies, and of what: V8 tells Node (util.types.isProxy, and inspect, which
// prints a proxy's target without running its traps, or `Proxy [ target, handler ]` with
// showProxy), but JS cannot ask the engine. install() puts a Proxy constructor in front of the
// engine's that remembers, weakly, the target and handler of every proxy made from then on.
// Proxies made before (inside the bootstrap) pass for ordinary objects.

const details = new WeakMap();
let installed = false;

function install() {
  if (installed) return;
  installed = true;
  const EngineProxy = globalThis.Proxy;
  const engineRevocable = EngineProxy.revocable;

  // Proxies of the engine's functions keep their name, length and absent prototype.
  const RememberingProxy = new EngineProxy(EngineProxy, {
    construct(target, args, newTarget) {
      const proxy = Reflect.construct(target, args, newTarget);
      details.set(proxy, { target: args[0], handler: args[1] });
      return proxy;
    },
  });
  EngineProxy.revocable = new EngineProxy(engineRevocable, {
    apply(target, thisArg, args) {
      const result = Reflect.apply(target, thisArg, args);
      const entry = { target: args[0], handler: args[1] };
      details.set(result.proxy, entry);
      const engineRevoke = result.revoke;
      result.revoke = new EngineProxy(engineRevoke, {
        apply(revokeTarget, revokeThis, revokeArgs) {
          entry.target = null;
          entry.handler = null;
          return Reflect.apply(revokeTarget, revokeThis, revokeArgs);
        },
      });
      return result;
    },
  });
  Object.defineProperty(globalThis, 'Proxy', {
    value: RememberingProxy, writable: true, enumerable: false, configurable: true,
  });
}

function isProxy(value) {
  return details.has(value);
}

// { target, handler } of a proxy (both null once it is revoked), or undefined for anything else.
function getProxyDetails(value) {
  return details.get(value);
}

module.exports = { install, isProxy, getProxyDetails };
