package dev.beyan.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code token --roles read,ingest [--ttl 30d] [--subject NAME]}: mints a token for another system with the local
 * stack's signing key and prints it. The subject is what the audit trail records as the actor of its writes.
 */
final class TokenCommand {
    static final Set<String> ROLES = Set.of("read", "ingest", "admin", "editor");
    static final Duration DEFAULT_TTL = Duration.ofDays(30);
    private static final Pattern TTL = Pattern.compile("(\\d{1,6})([smhd])");

    private final Home home;
    private final List<String> arguments;
    private final PrintStream out;

    TokenCommand(Home home, List<String> arguments, PrintStream out) {
        this.home = home;
        this.arguments = arguments;
        this.out = out;
    }

    int run() {
        Args args = Args.parse("token", arguments, Set.of(), Set.of("--roles", "--ttl", "--subject"));
        if (!args.positionals().isEmpty()) {
            throw UserError.usage("token: unexpected argument " + args.positionals().get(0));
        }
        Set<String> roles = roles(args.option("--roles"));
        Duration ttl = args.option("--ttl") == null ? DEFAULT_TTL : ttl(args.option("--ttl"));
        String subject = args.option("--subject") != null ? args.option("--subject") : System.getProperty("user.name");
        out.println(SigningKeys.existing(home.jwt()).sign(subject, roles, ttl, Instant.now()));
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
