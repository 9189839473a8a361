package dev.beyan.launcher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A command's arguments: switches ({@code --detach}), options with a value ({@code --out DIR}) and the rest. */
final class Args {
    private final Set<String> switches;
    private final Map<String, String> options;
    private final List<String> positionals;

    private Args(Set<String> switches, Map<String, String> options, List<String> positionals) {
        this.switches = switches;
        this.options = options;
        this.positionals = positionals;
    }

    /** Parses {@code args} of {@code command}, refusing any switch or option the command does not know. */
    static Args parse(String command, List<String> args, Set<String> knownSwitches, Set<String> knownOptions) {
        Set<String> switches = new HashSet<>();
        Map<String, String> options = new HashMap<>();
        List<String> positionals = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                positionals.add(arg);
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            if (knownSwitches.contains(name) && eq < 0) {
                switches.add(name);
            } else if (knownOptions.contains(name)) {
                if (eq >= 0) {
                    options.put(name, arg.substring(eq + 1));
                } else if (i + 1 < args.size()) {
                    options.put(name, args.get(++i));
                } else {
                    throw UserError.usage(command + ": " + name + " needs a value");
                }
            } else {
                throw UserError.usage(command + ": unknown option " + arg);
            }
        }
        return new Args(switches, options, positionals);
    }

    boolean has(String aSwitch) {
        return switches.contains(aSwitch);
    }

    String option(String name) {
        return options.get(name);
    }

    List<String> positionals() {
        return positionals;
    }
}
