package org.datagraal.binding;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * Name lookups (getaddrinfo) off the loop thread, as libuv runs them on its thread pool: the
 * lookup is a request in flight until its callback has run on the loop thread.
 */
public final class DnsBinding {
    private final BindingContext context;
    /** Like libuv's pool of four: lookups block in InetAddress, so they never run on a loop. */
    private final ExecutorService lookupPool = Executors.newFixedThreadPool(4, task -> {
        Thread thread = new Thread(task, "datagraal-lookup");
        thread.setDaemon(true);
        return thread;
    });

    DnsBinding(BindingContext context) {
        this.context = context;
        // Lookups still running when the runtime closes are abandoned with their threads.
        context.onClose(() -> {
            lookupPool.shutdownNow();
            try {
                lookupPool.awaitTermination(2, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /**
     * Resolves {@code host} for {@code family} (0, 4 or 6) and calls back on the loop thread with
     * {@code (errorCode, addressesJson)}: errorCode is null or 'ENOTFOUND'; the JSON is a list of
     * [address, family] pairs in the resolver's order.
     */
    @HostAccess.Export
    public void lookup(String host, int family, Value callback) {
        context.loop.requestStarted();
        lookupPool.execute(() -> {
            String error = null;
            String json = "[]";
            try {
                json = toJson(select(InetAddress.getAllByName(host), family));
                if (json.equals("[]")) {
                    error = "ENOTFOUND";
                }
            } catch (UnknownHostException | SecurityException e) {
                error = "ENOTFOUND";
            }
            String code = error;
            String addresses = json;
            context.loop.post(() -> {
                context.loop.requestFinished();
                context.callbacks.invoke(callback, code, addresses);
            });
        });
    }

    private static List<InetAddress> select(InetAddress[] found, int family) {
        List<InetAddress> chosen = new ArrayList<>();
        for (InetAddress address : found) {
            if (family == 0 || (family == 4 && address instanceof Inet4Address)
                    || (family == 6 && address instanceof Inet6Address)) {
                chosen.add(address);
            }
        }
        return chosen;
    }

    private static String toJson(List<InetAddress> addresses) {
        StringBuilder json = new StringBuilder("[");
        for (InetAddress address : addresses) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('[').append(Json.quote(Addresses.format(address)))
                .append(',').append(address instanceof Inet6Address ? 6 : 4).append(']');
        }
        return json.append(']').toString();
    }
}
