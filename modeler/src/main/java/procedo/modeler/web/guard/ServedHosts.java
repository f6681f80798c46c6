package procedo.modeler.web.guard;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The host names this server answers to: {@code localhost}, {@code 127.0.0.1} and {@code [::1]} on the server's own
 * port, and the public names given in configuration ({@code PROCEDO_PUBLIC_HOSTS}, {@code serve --public-host}),
 * each on any port unless it names one. A request naming another host is one a browser was tricked into sending
 * (DNS rebinding) or one meant for another site.
 */
public record ServedHosts(List<Authority> publicHosts) {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    public ServedHosts {
        publicHosts = List.copyOf(publicHosts);
    }

    /** Only this machine's names. */
    public static ServedHosts loopback() {
        return new ServedHosts(List.of());
    }

    /** Loopback and the given names ({@code host} or {@code host:port}; blanks ignored). */
    public static ServedHosts with(Collection<String> names) {
        List<Authority> hosts = new ArrayList<>();
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                hosts.add(Authority.parse(name.strip(), -1)
                        .orElseThrow(() -> new IllegalArgumentException("not a host name: '" + name + "'")));
            }
        }
        return new ServedHosts(hosts);
    }

    /** Whether a {@code Host} header (or an origin's authority) names this server listening on {@code localPort}. */
    public boolean serves(Authority requested, int localPort) {
        return LOOPBACK.contains(requested.host()) ? requested.port() == localPort : isPublic(requested);
    }

    /** Whether {@code requested} is one of the configured public names (whatever the server's port). */
    boolean isPublic(Authority requested) {
        return publicHosts.stream().anyMatch(h -> h.host().equals(requested.host())
                && (h.port() < 0 || h.port() == requested.port()));
    }

    /** A host name (lower case, IPv6 in brackets) and a port, -1 when none was given and none is implied. */
    public record Authority(String host, int port) {

        /** Parses {@code host}, {@code host:port} or {@code [v6]:port}; {@code defaultPort} when no port is given. */
        static java.util.Optional<Authority> parse(String text, int defaultPort) {
            try {
                URI uri = new URI("http://" + text + "/");
                if (uri.getHost() == null || uri.getRawUserInfo() != null || !text.equals(uri.getRawAuthority())) {
                    return java.util.Optional.empty();
                }
                return java.util.Optional.of(new Authority(normalise(uri.getHost()),
                        uri.getPort() < 0 ? defaultPort : uri.getPort()));
            } catch (java.net.URISyntaxException e) {
                return java.util.Optional.empty();
            }
        }

        /** The authority of an origin or a referrer ({@code scheme://host[:port][/...]}); empty for {@code null}. */
        static java.util.Optional<Authority> ofUrl(String url) {
            try {
                URI uri = new URI(url.strip());
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
                    return java.util.Optional.empty();
                }
                int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
                return java.util.Optional.of(new Authority(normalise(uri.getHost()), port));
            } catch (java.net.URISyntaxException e) {
                return java.util.Optional.empty();
            }
        }

        private static String normalise(String host) {
            String lower = host.toLowerCase(Locale.ROOT);
            return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
        }

        @Override
        public String toString() {
            return port < 0 ? host : host + ":" + port;
        }
    }
}
