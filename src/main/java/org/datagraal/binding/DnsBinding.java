package org.datagraal.binding;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The system resolver for dns.lookup (getaddrinfo) and dns.lookupService (getnameinfo), off the
 * loop thread as libuv runs them on its thread pool: each is a request in flight until its callback
 * has run on the loop thread. Also hands the JS resolver the system files it reads (resolv.conf,
 * hosts). The DNS protocol client itself (dns.resolve*) is JavaScript over dgram.
 */
public final class DnsBinding {
    /** getaddrinfo's hints as Node passes them (Linux values): dns.ADDRCONFIG, dns.V4MAPPED, dns.ALL. */
    static final int AI_V4MAPPED = 0x08;
    static final int AI_ALL = 0x10;
    static final int AI_ADDRCONFIG = 0x20;

    /** libuv's getaddrinfo errors; JS turns them into Node's errors (ENOTFOUND, EAI_AGAIN, ...). */
    static final int UV_EAI_AGAIN = -3001;
    static final int UV_EAI_FAIL = -3004;
    static final int UV_EAI_NODATA = -3007;
    static final int UV_EAI_NONAME = -3008;

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
                lookupPool.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /**
     * Resolves {@code host} for {@code family} (0, 4 or 6) with getaddrinfo's {@code hints} and calls
     * back on the loop thread with {@code (errno, addressesJson)}: errno is 0 or a libuv EAI error;
     * the JSON is a list of [address, family] pairs in the system resolver's order.
     */
    @HostAccess.Export
    public void lookup(String host, int family, int hints, Value callback) {
        runOffLoop(() -> {
            int errno = 0;
            String json = "[]";
            try {
                List<InetAddress> chosen = select(InetAddress.getAllByName(host), family, hints);
                if (chosen.isEmpty()) {
                    errno = UV_EAI_NONAME;
                } else {
                    json = toJson(chosen);
                }
            } catch (UnknownHostException e) {
                errno = gaiError(e);
            } catch (SecurityException e) {
                errno = UV_EAI_FAIL;
            }
            int code = errno;
            String addresses = json;
            return () -> context.callbacks.invoke(callback, code, addresses);
        });
    }

    /**
     * getnameinfo for a literal {@code address}: calls back with {@code (errno, hostname, service)},
     * the service being the TCP name /etc/services gives {@code port}, else the port's digits.
     */
    @HostAccess.Export
    public void lookupService(String address, int port, Value callback) {
        runOffLoop(() -> {
            InetAddress literal = Addresses.parseLiteral(address);
            String hostname = null;
            int errno = 0;
            if (literal == null) {
                errno = UV_EAI_NONAME;
            } else {
                // Java answers the address itself when no name is found (getnameinfo's NI_NAMEREQD fails).
                String name = literal.getHostName();
                if (name == null || name.equals(literal.getHostAddress()) || Addresses.parseLiteral(name) != null) {
                    errno = UV_EAI_NONAME;
                } else {
                    hostname = name;
                }
            }
            int code = errno;
            String host = hostname;
            String service = errno == 0 ? serviceName(port) : null;
            return () -> context.callbacks.invoke(callback, code, host, service);
        });
    }

    /** The text of /etc/resolv.conf, or null where there is none (the JS resolver then uses 127.0.0.1). */
    @HostAccess.Export
    public String resolverConfig() {
        return readSystemFile("/etc/resolv.conf");
    }

    /** The text of /etc/hosts, or null: dns.reverse() answers from it first, as c-ares does. */
    @HostAccess.Export
    public String hostsFile() {
        return readSystemFile("/etc/hosts");
    }

    private static String readSystemFile(String path) {
        try {
            return Files.readString(Path.of(path), StandardCharsets.ISO_8859_1);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** Runs {@code work} on the pool, then what it returns on the loop thread; one request in flight. */
    private void runOffLoop(java.util.function.Supplier<Runnable> work) {
        context.loop.requestStarted();
        lookupPool.execute(() -> {
            Runnable completion = work.get();
            context.loop.post(() -> {
                context.loop.requestFinished();
                completion.run();
            });
        });
    }

    /** The JDK keeps getaddrinfo's error only as gai_strerror() text in the message. */
    private static int gaiError(UnknownHostException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (message.contains("temporary failure")) {
            return UV_EAI_AGAIN;
        }
        if (message.contains("no address associated")) {
            return UV_EAI_NODATA;
        }
        if (message.contains("non-recoverable")) {
            return UV_EAI_FAIL;
        }
        return UV_EAI_NONAME;
    }

    /** getaddrinfo's family and hints applied to what the JDK found for every family. */
    static List<InetAddress> select(InetAddress[] found, int family, int hints) {
        boolean wantV4 = family != 6;
        boolean wantV6 = family != 4;
        if ((hints & AI_ADDRCONFIG) != 0) {
            wantV4 &= hasConfiguredAddress(Inet4Address.class);
            wantV6 &= hasConfiguredAddress(Inet6Address.class);
        }
        List<InetAddress> v6 = new ArrayList<>();
        List<InetAddress> chosen = new ArrayList<>();
        for (InetAddress address : found) {
            if (address instanceof Inet6Address ? wantV6 : wantV4) {
                chosen.add(address);
            }
            if (address instanceof Inet6Address) {
                v6.add(address);
            }
        }
        // AF_INET6 with AI_V4MAPPED: IPv4 answers as ::ffff:a.b.c.d when there is no IPv6 one (or
        // always, with AI_ALL).
        if (family == 6 && (hints & AI_V4MAPPED) != 0 && (v6.isEmpty() || (hints & AI_ALL) != 0)) {
            for (InetAddress address : found) {
                if (address instanceof Inet4Address) {
                    chosen.add(mapped((Inet4Address) address));
                }
            }
        }
        return chosen;
    }

    private static InetAddress mapped(Inet4Address address) {
        byte[] bytes = new byte[16];
        bytes[10] = (byte) 0xff;
        bytes[11] = (byte) 0xff;
        System.arraycopy(address.getAddress(), 0, bytes, 12, 4);
        try {
            // Through Inet6Address.getByAddress: InetAddress.getByAddress would unmap it again.
            return Inet6Address.getByAddress(null, bytes, -1);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** AI_ADDRCONFIG as glibc reads it: a non-loopback address of the family is configured. */
    private static boolean hasConfiguredAddress(Class<? extends InetAddress> family) {
        try {
            Enumeration<NetworkInterface> interfaces = NetworkInterface.getNetworkInterfaces();
            while (interfaces != null && interfaces.hasMoreElements()) {
                NetworkInterface candidate = interfaces.nextElement();
                if (!candidate.isUp()) {
                    continue;
                }
                Enumeration<InetAddress> addresses = candidate.getInetAddresses();
                while (addresses.hasMoreElements()) {
                    InetAddress address = addresses.nextElement();
                    if (family.isInstance(address) && !address.isLoopbackAddress()) {
                        return true;
                    }
                }
            }
            return false;
        } catch (SocketException e) {
            return true;
        }
    }

    /** The TCP service /etc/services names for {@code port}, else the port's digits (as getnameinfo). */
    static String serviceName(int port) {
        String services = readSystemFile("/etc/services");
        if (services != null) {
            String wanted = port + "/tcp";
            for (String line : services.split("\n")) {
                int comment = line.indexOf('#');
                String[] fields = (comment >= 0 ? line.substring(0, comment) : line).trim().split("\\s+");
                if (fields.length >= 2 && fields[1].equals(wanted)) {
                    return fields[0];
                }
            }
        }
        return Integer.toString(port);
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
