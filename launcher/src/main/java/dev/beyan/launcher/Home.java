package dev.beyan.launcher;

import java.nio.file.Path;

/**
 * Where the project is (its seeds and the services' packaged jars) and where a local stack keeps its state:
 * {@code .beyan/} under the project by default, which git ignores.
 */
record Home(Path project, Path data) {

    /** The project the {@code ./beyan} script lives in (it passes {@code -Dbeyan.home}), else the working folder. */
    static Home ofProject() {
        Path project = Path.of(System.getProperty("beyan.home", ".")).toAbsolutePath().normalize();
        return new Home(project, project.resolve(".beyan"));
    }

    Path postgresData() {
        return data.resolve("pg");
    }

    Path kafkaLog() {
        return data.resolve("kafka");
    }

    Path logs() {
        return data.resolve("logs");
    }

    Path log(String name) {
        return logs().resolve(name + ".log");
    }

    Path stackEnv() {
        return data.resolve("stack.env");
    }

    /** The token signing key pair. */
    Path jwt() {
        return data.resolve("jwt");
    }

    /** The token with roles ingest and admin that {@code up} writes and the other commands send. */
    Path token() {
        return data.resolve("token");
    }

    Path pidFile() {
        return data.resolve("launcher.pid");
    }

    Path seeds() {
        return project.resolve("seeds");
    }

    Path serviceJar(Service service) {
        return project.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** A path as the user should read it: relative to the project when it lies inside. */
    String show(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
    }
}
