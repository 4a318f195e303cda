package io.github.biliflux.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link CredentialStore} in one JSON file. Every save writes a temporary file beside it (owner
 * read/write only, {@code rw-------} where the file system is POSIX), forces it to disk and moves it
 * over the old one with {@code ATOMIC_MOVE}: a crash leaves either the old state or the new, never
 * half of one. A missing directory is created {@code rwx------}.
 */
public final class FileCredentialStore implements CredentialStore {

    private static final Set<PosixFilePermission> OWNER_RW = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_RWX = PosixFilePermissions.fromString("rwx------");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;

    /**
     * A store in {@code file}.
     *
     * @param file the JSON file (it need not exist yet)
     */
    public FileCredentialStore(Path file) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
    }

    /**
     * The file.
     *
     * @return the absolute path of the file
     */
    public Path file() {
        return file;
    }

    @Override
    public synchronized Optional<SessionState> load() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the session file " + file, e);
        }
        try {
            JsonNode root = MAPPER.readTree(bytes);
            SessionState.Pending pending = null;
            JsonNode p = root.path("pending");
            if (p.isObject()) {
                pending = new SessionState.Pending(Credentials.parseCookieHeader(p.path("cookie").asText()),
                        p.path("refresh_token").asText(""));
            }
            return Optional.of(new SessionState(Credentials.parseCookieHeader(root.path("cookie").asText()),
                    root.path("refresh_token").asText(""), Instant.ofEpochMilli(root.path("checked_at").asLong(0)), pending));
        } catch (IOException | RuntimeException e) {
            // Never echo the content: it is full of secrets.
            throw new IllegalStateException("the session file " + file + " is not a biliflux session ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    @Override
    public synchronized void save(SessionState state) {
        Objects.requireNonNull(state, "state");
        ObjectNode root = MAPPER.createObjectNode()
                .put("cookie", state.credentials().header())
                .put("refresh_token", state.refreshToken())
                .put("checked_at", state.checkedAt().toEpochMilli());
        if (state.pending() != null) {
            root.putObject("pending").put("cookie", state.pending().credentials().header())
                    .put("refresh_token", state.pending().refreshToken());
        }
        try {
            Path dir = file.getParent();
            boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
            if (!Files.isDirectory(dir)) {
                try {
                    Files.createDirectories(dir, posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_RWX)}
                            : new FileAttribute<?>[0]);
                } catch (FileAlreadyExistsException ignored) {
                    // a race with another writer: fine
                }
            }
            Path tmp = posix ? Files.createTempFile(dir, "." + file.getFileName(), ".tmp", PosixFilePermissions.asFileAttribute(OWNER_RW))
                    : Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            try {
                try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                    ch.write(java.nio.ByteBuffer.wrap(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root)));
                    ch.force(true);
                }
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the session file " + file, e);
        }
    }

    @Override
    public String toString() {
        return "FileCredentialStore[" + file + "]";
    }
}
