package org.datagraal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which UDP traffic a runtime may make, enforced in the Java binding before anything reaches a
 * socket: local addresses and ports it may bind, destinations it may send to or connect to, and
 * multicast groups it may join. A denied operation fails in JS as Node's permission model fails
 * ({@code ERR_ACCESS_DENIED}) and nothing leaves the socket.
 *
 * <p>Binding an ephemeral port (port 0), which every client socket does before its first send, is
 * always allowed: what such a socket may send is governed by the destination rules.
 *
 * <p>{@link #allowAll()} is Node's open default. {@link #parseAllowNet(String)} reads Deno's
 * {@code --allow-net} syntax ({@code host[:port],...}), whose entries govern all three.
 */
public final class NetworkPolicy {
    private static final NetworkPolicy ALLOW_ALL = new NetworkPolicy(null, null, null);

    private final List<Rule> local;
    private final List<Rule> destinations;
    private final List<Rule> groups;

    /** An address range (network and prefix length) and an inclusive port range. */
    private record Rule(byte[] network, int prefixLength, int lowPort, int highPort) {
        boolean matches(InetAddress address, int port) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length || port < lowPort || port > highPort) {
                return false;
            }
            int fullBytes = prefixLength / 8;
            for (int i = 0; i < fullBytes; i++) {
                if (candidate[i] != network[i]) {
                    return false;
                }
            }
            int restBits = prefixLength % 8;
            if (restBits == 0) {
                return true;
            }
            int mask = (0xff << (8 - restBits)) & 0xff;
            return (candidate[fullBytes] & mask) == (network[fullBytes] & mask);
        }
    }

    private NetworkPolicy(List<Rule> local, List<Rule> destinations, List<Rule> groups) {
        this.local = local;
        this.destinations = destinations;
        this.groups = groups;
    }

    /**
     * Node's default: every bind, send, connect and membership is allowed.
     *
     * @return the open policy
     */
    public static NetworkPolicy allowAll() {
        return ALLOW_ALL;
    }

    /**
     * Starts a policy that allows nothing but what its rules allow.
     *
     * @return a builder without rules
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Deno's {@code --allow-net} list: {@code host[:port]} entries separated by commas, where host is
     * a name, an IPv4 address, or an IPv6 address in brackets. Names are resolved now. An empty
     * list allows nothing.
     *
     * @param list the entries, such as {@code "127.0.0.1,[::1]:5353,example.org:53"}
     * @return a policy whose entries govern binds, destinations and groups alike
     * @throws IllegalArgumentException for an entry that is not of that form or does not resolve
     */
    public static NetworkPolicy parseAllowNet(String list) {
        Builder builder = builder();
        for (String entry : list.split(",")) {
            String trimmed = entry.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            String host = trimmed;
            int port = -1;
            if (trimmed.startsWith("[")) {
                int close = trimmed.indexOf(']');
                if (close < 0) {
                    throw new IllegalArgumentException("bad --allow-net entry: " + trimmed);
                }
                host = trimmed.substring(1, close);
                if (close + 1 < trimmed.length()) {
                    port = parsePort(trimmed, trimmed.substring(close + 1));
                }
            } else if (trimmed.indexOf(':') >= 0 && trimmed.indexOf(':') == trimmed.lastIndexOf(':')) {
                host = trimmed.substring(0, trimmed.indexOf(':'));
                port = parsePort(trimmed, trimmed.substring(trimmed.indexOf(':')));
            }
            int[] ports = port < 0 ? new int[0] : new int[] {port};
            builder.allowLocal(host, ports).allowDestination(host, ports).allowGroup(host);
        }
        return builder.build();
    }

    private static int parsePort(String entry, String colonAndPort) {
        try {
            int port = Integer.parseInt(colonAndPort.substring(1));
            if (colonAndPort.charAt(0) != ':' || port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("bad port in --allow-net entry: " + entry);
        }
    }

    /**
     * Whether this is {@link #allowAll()}'s policy.
     *
     * @return true when nothing is restricted
     */
    public boolean isAllowAll() {
        return local == null && destinations == null && groups == null;
    }

    /**
     * May a socket bind to this local address and port? Port 0 (ephemeral) always may.
     *
     * @param address a local address
     * @param port    a port, 0 for an ephemeral one
     * @return whether the bind is allowed
     */
    public boolean allowsBind(InetAddress address, int port) {
        return port == 0 || matches(local, address, port);
    }

    /**
     * May a datagram go to, or a socket connect to, this address and port?
     *
     * @param address the destination's address
     * @param port    the destination's port
     * @return whether the send or connect is allowed
     */
    public boolean allowsDestination(InetAddress address, int port) {
        return matches(destinations, address, port);
    }

    /**
     * May a socket join (or leave) this multicast group?
     *
     * @param group the group's address
     * @return whether the membership is allowed
     */
    public boolean allowsGroup(InetAddress group) {
        return matches(groups, group, 0);
    }

    private static boolean matches(List<Rule> rules, InetAddress address, int port) {
        if (rules == null) {
            return true;
        }
        for (Rule rule : rules) {
            if (rule.matches(address, port)) {
                return true;
            }
        }
        return false;
    }

    /** Collects allow rules; whatever no rule allows is denied. */
    public static final class Builder {
        private final List<Rule> local = new ArrayList<>();
        private final List<Rule> destinations = new ArrayList<>();
        private final List<Rule> groups = new ArrayList<>();

        private Builder() {
        }

        /**
         * Allows binds to these local addresses and ports.
         *
         * @param addresses an address ({@code "127.0.0.1"}, {@code "::1"}), a CIDR range
         *                  ({@code "10.0.0.0/8"}) or a host name, resolved now
         * @param ports     the ports allowed; none: any
         * @return this builder
         * @throws IllegalArgumentException for a name that does not resolve, or a bad range
         */
        public Builder allowLocal(String addresses, int... ports) {
            addRules(local, addresses, ports);
            return this;
        }

        /**
         * Allows sends and connects to these addresses and ports.
         *
         * @param addresses an address, a CIDR range or a host name, resolved now
         * @param ports     the ports allowed; none: any
         * @return this builder
         * @throws IllegalArgumentException for a name that does not resolve, or a bad range
         */
        public Builder allowDestination(String addresses, int... ports) {
            addRules(destinations, addresses, ports);
            return this;
        }

        /**
         * Allows joining and leaving these multicast groups.
         *
         * @param groups a group's address or a CIDR range
         * @return this builder
         * @throws IllegalArgumentException for a bad address or range
         */
        public Builder allowGroup(String groups) {
            addRules(this.groups, groups, new int[0]);
            return this;
        }

        /**
         * The policy of the rules added so far.
         *
         * @return a policy that denies what no rule allows
         */
        public NetworkPolicy build() {
            return new NetworkPolicy(List.copyOf(local), List.copyOf(destinations), List.copyOf(groups));
        }

        private static void addRules(List<Rule> rules, String spec, int[] ports) {
            Objects.requireNonNull(spec, "address");
            String host = spec;
            int prefix = -1;
            int slash = spec.indexOf('/');
            if (slash >= 0) {
                host = spec.substring(0, slash);
                prefix = Integer.parseInt(spec.substring(slash + 1));
            }
            InetAddress[] addresses;
            try {
                addresses = InetAddress.getAllByName(host);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("cannot resolve " + host + " for the network policy", e);
            }
            for (InetAddress address : addresses) {
                int bits = address.getAddress().length * 8;
                int length = prefix < 0 ? bits : prefix;
                if (length > bits) {
                    throw new IllegalArgumentException("prefix longer than the address: " + spec);
                }
                if (ports.length == 0) {
                    rules.add(new Rule(address.getAddress(), length, 0, 65535));
                }
                for (int port : ports) {
                    rules.add(new Rule(address.getAddress(), length, port, port));
                }
            }
        }
    }
}
