package org.datagraal.binding;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;

/** IP addresses written as Node (inet_ntop) writes them: "::1", not Java's "0:0:0:0:0:0:0:1". */
final class Addresses {
    private Addresses() {
    }

    /**
     * An IP literal as an address, or null when {@code text} is not one. Never a name lookup:
     * InetAddress.getByName would block on DNS for anything that is not a literal.
     */
    static InetAddress parseLiteral(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        boolean ipv4Shape = text.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.')
                && text.chars().filter(c -> c == '.').count() == 3;
        if (!ipv4Shape && text.indexOf(':') < 0) {
            return null;
        }
        try {
            int percent = text.indexOf('%');
            if (percent > 0 && !text.substring(percent + 1).chars().allMatch(Character::isDigit)) {
                return withNamedScope(text.substring(0, percent), text.substring(percent + 1));
            }
            return InetAddress.getByName(text);
        } catch (java.net.UnknownHostException | SecurityException e) {
            return null;
        }
    }

    /**
     * "fe80::1%eth0": as libuv (if_nametoindex), a name that is no interface here is scope 0, the
     * kernel's choice, where Java would refuse the whole address.
     */
    private static InetAddress withNamedScope(String literal, String interfaceName)
            throws java.net.UnknownHostException {
        if (literal.indexOf(':') < 0 || literal.indexOf('[') >= 0) {
            return null;
        }
        InetAddress address = InetAddress.getByName(literal);
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        int index = 0;
        try {
            NetworkInterface networkInterface = NetworkInterface.getByName(interfaceName);
            index = networkInterface == null ? 0 : Math.max(networkInterface.getIndex(), 0);
        } catch (java.net.SocketException e) {
            index = 0;
        }
        return Inet6Address.getByAddress(null, address.getAddress(), index);
    }

    static String format(InetAddress address) {
        if (address instanceof Inet4Address) {
            return address.getHostAddress();
        }
        byte[] bytes = address.getAddress();
        String text = isIpv4Mapped(bytes) ? "::ffff:" + dotted(bytes, 12) : compressed(bytes);
        return text + scope((Inet6Address) address);
    }

    /** An IPv4 sender as a dual-stack IPv6 socket reports it: "::ffff:127.0.0.1". */
    static String formatForFamily(InetAddress address, boolean ipv6Socket) {
        if (ipv6Socket && address instanceof Inet4Address) {
            return "::ffff:" + address.getHostAddress();
        }
        return format(address);
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }

    private static String dotted(byte[] bytes, int from) {
        return (bytes[from] & 0xff) + "." + (bytes[from + 1] & 0xff) + "." + (bytes[from + 2] & 0xff) + "."
                + (bytes[from + 3] & 0xff);
    }

    /** RFC 5952: the longest run of two or more zero groups (the first on a tie) becomes "::". */
    private static String compressed(byte[] bytes) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int start = i;
            while (i < 8 && groups[i] == 0) {
                i++;
            }
            if (i - start > bestLength) {
                bestStart = start;
                bestLength = i - start;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }

    private static String scope(Inet6Address address) {
        NetworkInterface networkInterface = address.getScopedInterface();
        if (networkInterface != null) {
            return "%" + networkInterface.getName();
        }
        int scopeId = address.getScopeId();
        if (scopeId == 0) {
            return "";
        }
        // A received address carries only the index; Node writes the interface's name.
        try {
            NetworkInterface byIndex = NetworkInterface.getByIndex(scopeId);
            if (byIndex != null) {
                return "%" + byIndex.getName();
            }
        } catch (java.net.SocketException e) {
            // Then the number, as below.
        }
        return "%" + scopeId;
    }
}
