package dev.beyan.launcher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code token --roles read,ingest [--ttl 30d] [--subject NAME]}: mints a token for another system with the local
 * stack's signing key and prints it. The subject is what the audit trail records as the actor of its writes.
 */
@Command(name = "token", sortOptions = false,
        description = "Print a token for another system, signed with the stack's key in .beyan/jwt/.")
final class TokenCommand implements Callable<Integer> {
    static final Set<String> ROLES = Set.of("read", "ingest", "admin", "editor");
    static final Duration DEFAULT_TTL = Duration.ofDays(30);
    private static final Pattern TTL = Pattern.compile("(\\d{1,6})([smhd])");

    @Option(names = "--roles", required = true, paramLabel = "R[,R...]",
            description = "the roles it grants: read, ingest, admin, editor")
    private String roles;

    @Option(names = "--ttl", paramLabel = "TTL", defaultValue = "30d",
            description = "how long it is valid: a number with s, m, h or d (${DEFAULT-VALUE})")
    private String ttl;

    @Option(names = "--subject", paramLabel = "NAME", defaultValue = "${sys:user.name}",
            description = "who the audit trail names as the actor of its writes (${DEFAULT-VALUE})")
    private String subject;

    private final Home home;
    private final PrintStream out;

    TokenCommand(Home home, PrintStream out) {
        this.home = home;
        this.out = out;
    }

    @Override
    public Integer call() {
        out.println(SigningKeys.existing(home.jwt()).sign(subject, roles(roles), ttl(ttl), Instant.now()));
        return 0;
    }

    static Set<String> roles(String list) {
        if (list == null || list.isBlank()) {
            throw UserError.usage("token: --roles is required, a comma-separated list of " + ROLES);
        }
        Set<String> roles = new LinkedHashSet<>();
        for (String role : list.split(",")) {
            String r = role.strip().toLowerCase(Locale.ROOT);
            if (!ROLES.contains(r)) {
                throw UserError.usage("token: unknown role '" + role.strip() + "'; roles are " + ROLES);
            }
            roles.add(r);
        }
        return roles;
    }

    /** {@code 90s}, {@code 15m}, {@code 12h}, {@code 30d}. */
    static Duration ttl(String text) {
        Matcher m = TTL.matcher(text.strip());
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw UserError.usage("token: --ttl is a positive number with s, m, h or d, such as 30d; not '" + text + "'");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }
}
