package procedo.modeler.web.account;

import procedo.modeler.web.http.RefusedRequestException;
import procedo.catalog.text.Text;
import procedo.catalog.error.NotAllowedException;
import static procedo.modeler.web.http.Access.ADMIN;
import static procedo.modeler.web.http.Access.PUBLIC;
import static procedo.modeler.web.http.Access.SIGNED_IN;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import procedo.catalog.account.Account;
import procedo.catalog.account.AccountRequest;
import procedo.catalog.account.AccountService;
import procedo.catalog.account.BrowserSession;
import procedo.catalog.account.Grant;
import procedo.catalog.account.IssuedToken;
import procedo.catalog.account.Principal;
import procedo.modeler.json.Json;
import procedo.modeler.web.http.Authentication;
import procedo.modeler.web.http.Params;
import procedo.modeler.web.http.Route;

/** Signing in and out, one's own account and API tokens, and (administrators) the users. */
public final class AccountRoutes {

    private final AccountService accounts;
    private final Authentication authentication;
    private final ObjectMapper json;

    public AccountRoutes(AccountService accounts, Authentication authentication, ObjectMapper json) {
        this.accounts = accounts;
        this.authentication = authentication;
        this.json = json;
    }

    /** A person as the API shows them. */
    public record UserView(String username, String displayName, List<Grant> roles, boolean disabled,
                           boolean mustChangePassword, Instant createdAt) {
        static UserView of(Account account) {
            return new UserView(account.username(), account.displayName(), account.grants(), account.disabled(),
                    account.mustChangePassword(), account.createdAt());
        }
    }

    /** The signed-in person, with the CSRF token a browser page sends on every change. */
    public record Me(String username, String displayName, List<Grant> roles, boolean mustChangePassword,
                     String csrfToken, String address) {
    }

    record Credentials(String username, String password, String label) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    public List<Route> routes() {
        return List.of(
                Route.post("/api/session", PUBLIC, "Sign in ({username, password}): sets the session cookie; "
                        + "repeated failures lock the account for a growing while (429 with Retry-After)", this::signIn),
                Route.delete("/api/session", SIGNED_IN, "Sign out: ends this browser session", this::signOut),
                Route.get("/api/me", SIGNED_IN, "The signed-in person, their roles, the session's CSRF token and the "
                        + "address they are seen from",
                        this::me),
                Route.put("/api/me/password", SIGNED_IN, "Change one's own password ({currentPassword, newPassword});"
                        + " ends one's other sessions", this::changePassword),
                Route.post("/api/tokens", PUBLIC, "Create a personal API token ({label}; signed in, or with "
                        + "{username, password}); its secret is answered once", this::createToken),
                Route.get("/api/tokens", SIGNED_IN, "One's own API tokens (never their secrets)",
                        ctx -> ctx.json(accounts.tokens(Params.principal(ctx).username()))),
                Route.delete("/api/tokens/{id}", SIGNED_IN, "Revoke one of one's own API tokens", ctx -> {
                    Principal principal = Params.principal(ctx);
                    accounts.revokeToken(principal.username(), Params.pathNumber(ctx, "id", 1, "id",
                                    Text.of("modeler.param.tokenNumber")),
                            principal.actor());
                    ctx.status(HttpStatus.NO_CONTENT);
                }),
                Route.get("/api/users", ADMIN, "Every user with their roles",
                        ctx -> ctx.json(accounts.list().stream().map(UserView::of).toList())),
                Route.get("/api/users/{username}", ADMIN, "One user with their roles",
                        ctx -> ctx.json(UserView.of(accounts.get(ctx.pathParam("username"))))),
                Route.post("/api/users", ADMIN, "Create a user ({username, displayName, password, roles: [{role, "
                        + "locality?, groups?}]}); they change the password at first sign-in", this::createUser),
                Route.put("/api/users/{username}", ADMIN, "Change a user's name, roles or disabled mark, or reset "
                        + "their password (then changed at next sign-in)", this::updateUser));
    }

    private void signIn(Context ctx) {
        Credentials credentials = Json.read(json, ctx.body(), Credentials.class);
        Principal principal = accounts.signIn(credentials.username(), credentials.password(),
                authentication.clientAddress(ctx));
        BrowserSession session = authentication.startSession(ctx, principal);
        ctx.json(me(principal, Optional.of(session.csrfToken())));
    }

    private void signOut(Context ctx) {
        authentication.endSession(ctx);
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void me(Context ctx) {
        Principal principal = Params.principal(ctx);
        ctx.json(me(principal, Authentication.known(ctx).flatMap(Authentication.Caller::csrfToken)));
    }

    private void changePassword(Context ctx) {
        Principal principal = Params.principal(ctx);
        PasswordChange change = Json.read(json, ctx.body(), PasswordChange.class);
        Principal changed = accounts.changePassword(principal.username(), change.currentPassword(),
                change.newPassword(), principal.actor());
        boolean bySession = Authentication.known(ctx).map(Authentication.Caller::bySession).orElse(false);
        Optional<String> csrf = bySession
                ? Optional.of(authentication.startSession(ctx, changed).csrfToken()) : Optional.empty();
        ctx.json(me(changed, csrf));
    }

    private void createToken(Context ctx) {
        Credentials body = ctx.body().isBlank() ? new Credentials(null, null, null)
                : Json.read(json, ctx.body(), Credentials.class);
        Principal owner;
        if (body.username() != null || body.password() != null) {
            owner = accounts.signIn(body.username(), body.password(), authentication.clientAddress(ctx));
        } else {
            owner = Optional.<Principal>ofNullable(ctx.attribute(Params.PRINCIPAL))
                    .orElseThrow(() -> RefusedRequestException.unauthorized(
                            Text.of("modeler.access.signInOrCredentials")));
        }
        if (owner.mustChangePassword()) {
            throw new NotAllowedException(Text.of("modeler.access.changePassword"));
        }
        IssuedToken issued = accounts.createToken(owner.username(), body.label(), owner.actor());
        ctx.status(HttpStatus.CREATED).json(issued);
    }

    private void createUser(Context ctx) {
        AccountRequest request = Json.read(json, ctx.body(), AccountRequest.class);
        Account created = accounts.create(request, Params.actor(ctx));
        ctx.status(HttpStatus.CREATED).header("Location", "/api/users/" + created.username()).json(UserView.of(created));
    }

    private void updateUser(Context ctx) {
        AccountRequest request = Json.read(json, ctx.body(), AccountRequest.class);
        ctx.json(UserView.of(accounts.update(ctx.pathParam("username"), request, Params.actor(ctx))));
    }

    private static Me me(Principal principal, Optional<String> csrf) {
        return new Me(principal.username(), principal.actor().displayName(), principal.grants(),
                principal.mustChangePassword(), csrf.orElse(null), principal.actor().address());
    }
}
