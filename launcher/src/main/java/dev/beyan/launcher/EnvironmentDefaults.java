package dev.beyan.launcher;

import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.util.Map;

/**
 * The default of each {@link StackOptions} option: its environment variable ({@code --ingest-port}:
 * {@code BEYAN_INGEST_PORT}) where set, else the built-in default. The value goes through the option's own
 * checks, so a bad variable is refused like a bad option.
 */
record EnvironmentDefaults(Map<String, String> env) implements IDefaultValueProvider {

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option) || !StackOptions.DEFAULTS.containsKey(option.longestName())) {
            return null;
        }
        String value = env.get(StackOptions.variable(option.longestName()));
        return value != null && !value.isBlank() ? value.strip()
                : String.valueOf(StackOptions.DEFAULTS.get(option.longestName()));
    }
}
