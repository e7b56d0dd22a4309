package org.pedigree.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.pedigree.model.Sha256;

/**
 * Write tokens, kept in {@code tokens.json} beside the store: only a salted PBKDF2 hash of each
 * secret is stored; the token itself is shown once, when created. A token reads
 * {@code pdg_<id>_<secret>}; the id finds the entry, so checking costs one slow hash (and a
 * verified token is remembered until the file changes).
 */
public final class TokenStore {
    /** What a token may do: {@code write} records, or {@code admin} (also retire them). */
    public enum Scope { WRITE, ADMIN }

    /** One token as stored (no secret). */
    public record Token(String id, String name, Set<Scope> scopes, String created, String salt, String hash) {
        public boolean allows(Scope scope) {
            return scopes.contains(Scope.ADMIN) || scopes.contains(scope);
        }
    }

    private record TokenFile(List<Token> tokens) {}

    private static final int ITERATIONS = 120_000;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final Map<String, Token> verified = new ConcurrentHashMap<>();
    private volatile FileTime verifiedAgainst;

    public TokenStore(Path dataDir) {
        this.file = dataDir.resolve("tokens.json");
    }

    /** Creates a token and returns its secret form, the only time it is ever shown. */
    public synchronized String create(String name, Set<Scope> scopes) {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")) {
            throw new IllegalArgumentException("a token name is 1 to 64 letters, digits, '.', '_', '@' or '-'");
        }
        List<Token> tokens = new ArrayList<>(list());
        if (tokens.stream().anyMatch(t -> t.name().equals(name))) {
            throw new IllegalArgumentException("a token named " + name + " exists already: revoke it first or choose another name");
        }
        String id = HexFormat.of().formatHex(random(6));
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random(32));
        byte[] salt = random(16);
        tokens.add(new Token(id, name, Set.copyOf(scopes), Instant.now().toString(),
                Base64.getEncoder().encodeToString(salt), hash(secret, salt)));
        save(tokens);
        return "pdg_" + id + "_" + secret;
    }

    public synchronized List<Token> list() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return List.copyOf(JSON.readValue(file.toFile(), TokenFile.class).tokens());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** @return true when a token of that name existed and is now revoked */
    public synchronized boolean revoke(String name) {
        List<Token> tokens = new ArrayList<>(list());
        boolean removed = tokens.removeIf(t -> t.name().equals(name));
        if (removed) {
            save(tokens);
        }
        return removed;
    }

    /** The token this secret form belongs to, if it is valid. */
    public Optional<Token> verify(String presented) {
        if (presented == null || !presented.matches("pdg_[0-9a-f]{12}_[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        forgetIfFileChanged();
        String fingerprint = fingerprint(presented);
        Token known = verified.get(fingerprint);
        if (known != null) {
            return Optional.of(known);
        }
        String id = presented.substring(4, 16);
        String secret = presented.substring(17);
        for (Token token : list()) {
            if (token.id().equals(id) && MessageDigest.isEqual(
                    hash(secret, Base64.getDecoder().decode(token.salt())).getBytes(StandardCharsets.US_ASCII),
                    token.hash().getBytes(StandardCharsets.US_ASCII))) {
                verified.put(fingerprint, token);
                return Optional.of(token);
            }
        }
        return Optional.empty();
    }

    private void forgetIfFileChanged() {
        try {
            FileTime now = Files.exists(file) ? Files.getLastModifiedTime(file) : FileTime.fromMillis(0);
            if (!now.equals(verifiedAgainst)) {
                verified.clear();
                verifiedAgainst = now;
            }
        } catch (IOException e) {
            verified.clear();
        }
    }

    private void save(List<Token> tokens) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "tokens", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system
            }
            JSON.writeValue(tmp.toFile(), new TokenFile(tokens));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static String hash(String secret, byte[] salt) {
        try {
            PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, ITERATIONS, 256);
            byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return "pbkdf2-sha256$" + ITERATIONS + "$" + Base64.getEncoder().encodeToString(derived);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fingerprint(String presented) {
        return Sha256.hex(presented);
    }

    private static byte[] random(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
