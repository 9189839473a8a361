package dev.beyan.clientcheck;

import dev.beyan.launcher.TestStack;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * One running stack for every test class of this module: started on first use, stopped when the run ends (the
 * root store closes it). Tests receive it as a parameter.
 */
final class Stack implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Stack.class);

    /** The project the stack runs from: its packaged services, seeds and docs. */
    static Path project() {
        return Path.of(System.getProperty("beyan.home", "..")).toAbsolutePath().normalize();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestStack.class;
    }

    @Override
    public TestStack resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(TestStack.class, key -> start(), TestStack.class);
    }

    private static TestStack start() {
        try {
            return TestStack.start(project());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
