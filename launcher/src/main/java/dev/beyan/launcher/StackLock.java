package dev.beyan.launcher;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;

/**
 * {@code .beyan/launcher.pid}: the running launcher's pid, in a file it keeps locked while the stack runs. The
 * operating system drops the lock when the process dies, however it dies, so a stale file never blocks a start.
 */
final class StackLock implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private StackLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock and records this process's pid, or refuses because another stack runs. */
    static StackLock acquire(Path file) {
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                long pid = readPid(channel);
                channel.close();
                throw alreadyRunning(pid);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
            channel.force(true);
            return new StackLock(file, channel, lock);
        } catch (IOException e) {
            throw new UserError("could not lock " + file + ": " + e.getMessage());
        }
    }

    static UserError alreadyRunning(long pid) {
        return new UserError("a beyan stack is already running (launcher pid " + pid
                + "); stop it with ./beyan down (or Ctrl-C in its terminal)");
    }

    /** The pid of the launcher holding the lock, or empty when no stack runs. */
    static OptionalLong runningPid(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                lock.release();
                return OptionalLong.empty();
            }
            return OptionalLong.of(readPid(channel));
        } catch (NoSuchFileException e) {
            return OptionalLong.empty();
        } catch (IOException e) {
            throw new UserError("could not read " + file + ": " + e.getMessage());
        }
    }

    private static long readPid(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(32);
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).trim();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the lock dies with the process anyway
        }
    }
}
