package procedo.modeler.web;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import procedo.modeler.web.http.Role;

/**
 * Who the caller is. With an editor token configured ({@code PROCEDO_EDITOR_TOKEN}), a request carrying
 * {@code Authorization: Bearer <token>} is an editor and every other one a reader. Without a token — the
 * single-user embedded default — requests from this machine (loopback) are editors and others readers.
 */
public final class AccessPolicy {

    private final Optional<String> editorToken;

    public AccessPolicy(Optional<String> editorToken) {
        this.editorToken = editorToken.filter(t -> !t.isBlank());
    }

    Role roleOf(Context ctx) {
        if (editorToken.isPresent()) {
            String header = ctx.header("Authorization");
            boolean matches = header != null && header.startsWith("Bearer ")
                    && MessageDigest.isEqual(header.substring(7).trim().getBytes(StandardCharsets.UTF_8),
                    editorToken.get().getBytes(StandardCharsets.UTF_8));
            return matches ? Role.EDITOR : Role.READER;
        }
        return isLoopback(ctx.req().getRemoteAddr()) ? Role.EDITOR : Role.READER;
    }

    private static boolean isLoopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
