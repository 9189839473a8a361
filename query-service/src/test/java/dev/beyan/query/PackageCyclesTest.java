package dev.beyan.query;

import org.junit.jupiter.api.Test;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No two packages of this service depend on each other, directly or through others: each feature can be read (and
 * changed) knowing only the packages below it. Dependencies are read from the compiled classes' constant pools, which
 * name every class a class refers to, in code, signatures and annotations alike.
 */
class PackageCyclesTest {
    private static final Path CLASSES = Path.of("target", "classes");
    private static final Pattern REFERENCE = Pattern.compile("dev/beyan/query/[\\w/$]+/[\\w$]+");

    @Test
    void noPackageDependsOnItselfThroughAnother() throws IOException {
        Map<String, Set<String>> dependencies = packageDependencies();
        assertThat(dependencies).as("packages read from %s", CLASSES.toAbsolutePath())
                .containsKeys("dev.beyan.query.api", "dev.beyan.query.official", "dev.beyan.query.statement");

        List<Set<String>> cycles = new ArrayList<>();
        for (Set<String> component : new StronglyConnected(dependencies).components()) {
            if (component.size() > 1) {
                cycles.add(component);
            }
        }
        assertThat(cycles).as("packages that depend on each other (%s)", dependencies).isEmpty();
    }

    /** For each package, the other packages of this service its classes refer to. */
    private static Map<String, Set<String>> packageDependencies() throws IOException {
        Map<String, Set<String>> dependencies = new TreeMap<>();
        try (Stream<Path> files = Files.walk(CLASSES.resolve("dev/beyan/query"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String from = packageOf(CLASSES.relativize(file).toString().replace('\\', '/'));
                Set<String> to = dependencies.computeIfAbsent(from, k -> new TreeSet<>());
                for (String text : constantPoolTexts(file)) {
                    Matcher m = REFERENCE.matcher(text);
                    while (m.find()) {
                        String target = packageOf(m.group());
                        if (!target.equals(from)) {
                            to.add(target);
                        }
                    }
                }
            }
        }
        return dependencies;
    }

    private static String packageOf(String classFile) {
        return classFile.substring(0, classFile.lastIndexOf('/')).replace('/', '.');
    }

    /** The UTF-8 entries of a class file's constant pool (JVMS 4.4): class names, descriptors, signatures. */
    private static List<String> constantPoolTexts(Path classFile) throws IOException {
        List<String> texts = new ArrayList<>();
        try (InputStream file = Files.newInputStream(classFile); DataInputStream in = new DataInputStream(file)) {
            in.skipNBytes(8); // magic, minor and major version
            int count = in.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> texts.add(in.readUTF());
                    case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                    case 15 -> in.skipNBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                    case 5, 6 -> {
                        in.skipNBytes(8);
                        i++; // a long or double takes two entries
                    }
                    default -> throw new IOException(classFile + ": unknown constant pool tag " + tag);
                }
            }
        }
        return texts;
    }

    /** Tarjan's strongly connected components of a directed graph. */
    private static final class StronglyConnected {
        private final Map<String, Set<String>> edges;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> lowLink = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final List<Set<String>> components = new ArrayList<>();

        StronglyConnected(Map<String, Set<String>> edges) {
            this.edges = edges;
        }

        List<Set<String>> components() {
            for (String node : edges.keySet()) {
                if (!index.containsKey(node)) {
                    visit(node);
                }
            }
            return components;
        }

        private void visit(String node) {
            index.put(node, index.size());
            lowLink.put(node, index.get(node));
            stack.push(node);
            for (String next : edges.getOrDefault(node, Set.of())) {
                if (!index.containsKey(next)) {
                    visit(next);
                    lowLink.put(node, Math.min(lowLink.get(node), lowLink.get(next)));
                } else if (stack.contains(next)) {
                    lowLink.put(node, Math.min(lowLink.get(node), index.get(next)));
                }
            }
            if (lowLink.get(node).equals(index.get(node))) {
                Set<String> component = new TreeSet<>();
                String member;
                do {
                    member = stack.pop();
                    component.add(member);
                } while (!member.equals(node));
                components.add(component);
            }
        }
    }
}
