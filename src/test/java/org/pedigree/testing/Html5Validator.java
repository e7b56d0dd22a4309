package org.pedigree.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Nu HTML Checker ({@code vnu.jar}, fetched by the build into {@code target/vnu/}) run once
 * over many pages in one process: the errors of each page, as lines.
 */
public final class Html5Validator {
    private Html5Validator() {}

    /** Every error the checker reports, per page name; pages without errors are left out. */
    public static Map<String, List<String>> errors(Map<String, String> pages, Path dir) throws IOException, InterruptedException {
        String jar = System.getProperty("pedigree.vnuJar", "target/vnu/package/build/dist/vnu.jar");
        if (!Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("no HTML checker at " + jar + " (the build fetches it: run through Maven)");
        }
        Files.createDirectories(dir);
        Map<String, String> nameOfFile = new LinkedHashMap<>();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xss8m", "-jar", jar,
                "--format", "json", "--stdout", "--exit-zero-always"));
        int n = 0;
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Path file = dir.resolve("page-" + (n++) + ".html");
            Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
            nameOfFile.put(file.getFileName().toString(), page.getKey());
            command.add(file.toAbsolutePath().toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        byte[] out = process.getInputStream().readAllBytes();
        process.getErrorStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the HTML checker did not finish");
        }
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (JsonNode message : new ObjectMapper().readTree(out).path("messages")) {
            if (!"error".equals(message.path("type").asText()) && !"fatal".equals(message.path("subType").asText())) {
                continue;
            }
            String url = message.path("url").asText();
            String page = nameOfFile.getOrDefault(url.substring(url.lastIndexOf('/') + 1), url);
            errors.computeIfAbsent(page, p -> new ArrayList<>())
                    .add("line " + message.path("lastLine").asInt() + ": " + message.path("message").asText() + " «" + message.path("extract").asText() + "»");
        }
        return errors;
    }
}
