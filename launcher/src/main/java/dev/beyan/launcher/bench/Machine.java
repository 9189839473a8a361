package dev.beyan.launcher.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The machine a run measured: cores, memory and CPU model from /proc, and the load it already had. */
record Machine(int cores, long memoryMiB, String cpuModel, String loadAverage) {

    static Machine describe() {
        return new Machine(Runtime.getRuntime().availableProcessors(), readMemoryMiB(), readCpuModel(), readLoadAverage());
    }

    String summary() {
        return String.format(Locale.ROOT, "%d cores, %,d MiB memory, %s; load average before the run %s", cores,
                memoryMiB, cpuModel, loadAverage);
    }

    private static long readMemoryMiB() {
        for (String line : lines("/proc/meminfo")) {
            if (line.startsWith("MemTotal:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    private static String readCpuModel() {
        for (String line : lines("/proc/cpuinfo")) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return System.getProperty("os.arch");
    }

    private static String readLoadAverage() {
        List<String> load = lines("/proc/loadavg");
        return load.isEmpty() ? "unknown" : String.join(" ", List.of(load.get(0).split(" ")).subList(0, 3));
    }

    /** The peak resident memory of a process (VmHWM), in MiB; -1 when it cannot be read. */
    static long peakRssMiB(long pid) {
        for (String line : lines("/proc/" + pid + "/status")) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException e) {
            return List.of();
        }
    }
}
