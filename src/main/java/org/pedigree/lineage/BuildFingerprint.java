package org.pedigree.lineage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.pedigree.model.Sha256;

/**
 * Which build of the code that makes the lineage index and computes its facts is running: Pedigree's
 * version and a digest of the compiled classes of the packages {@code org.pedigree.lineage} and
 * {@code org.pedigree.model}, read from the jar or the classes directory Pedigree runs from. A
 * lineage index snapshot is used only by the build that wrote it, so a change to how the index is
 * made or a fact computed rebuilds them even when the version did not change (a development build,
 * or a fix released under the same version).
 */
final class BuildFingerprint {
    private static final List<String> PACKAGES = List.of("org/pedigree/lineage/", "org/pedigree/model/");

    private BuildFingerprint() {}

    /** The fingerprint of the running build, e.g. {@code 0.9.0 3f2a…}. */
    static String current() {
        String version = BuildFingerprint.class.getPackage().getImplementationVersion();
        CodeSource source = BuildFingerprint.class.getProtectionDomain().getCodeSource();
        try {
            return of(version != null ? version : "development", source == null ? null : Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return of(version, null);
        }
    }

    /** The fingerprint of the classes in {@code location} (a jar or a classes directory; null when unknown). */
    static String of(String version, Path location) {
        if (location == null) {
            return version + " unknown";
        }
        try {
            TreeMap<String, byte[]> classes = Files.isDirectory(location) ? fromDirectory(location) : fromJar(location);
            MessageDigest digest = Sha256.digest();
            classes.forEach((name, bytes) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
            });
            return version + " " + HexFormat.of().formatHex(digest.digest()).substring(0, 24);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Pedigree's own classes to tell its build: " + e.getMessage(), e);
        }
    }

    private static TreeMap<String, byte[]> fromDirectory(Path root) throws IOException {
        TreeMap<String, byte[]> classes = new TreeMap<>();
        for (String pkg : PACKAGES) {
            Path dir = root.resolve(pkg);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".class")).toList()) {
                    classes.put(pkg + f.getFileName(), Files.readAllBytes(f));
                }
            }
        }
        return classes;
    }

    private static TreeMap<String, byte[]> fromJar(Path jar) throws IOException {
        TreeMap<String, byte[]> classes = new TreeMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                for (String pkg : PACKAGES) {
                    if (name.startsWith(pkg) && name.endsWith(".class") && name.indexOf('/', pkg.length()) < 0) {
                        try (InputStream in = file.getInputStream(entry)) {
                            classes.put(name, in.readAllBytes());
                        }
                    }
                }
            }
        }
        return classes;
    }
}
