package org.pedigree.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.pedigree.lineage.LineageService;
import org.pedigree.model.InstanceIris;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The shape of {@code trace}, {@code impact} and {@code licence}: name a model, get one analytics
 * result — computed over the store in {@code --data}, or asked of a running server with
 * {@code --server URL} (its JSON API) — printed in words, or as JSON with {@code --json}.
 *
 * @param <T> the result record
 */
abstract class LineageCommand<T> implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Parameters(index = "0", paramLabel = "MODEL", description = "The model, as owner/name or by its IRI.")
    String subject;

    @Option(names = "--json", description = "Print the result as JSON (what the server's /api answers).")
    boolean json;

    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    private final CliContext context;
    private final Class<T> type;

    LineageCommand(CliContext context, Class<T> type) {
        this.context = context;
        this.type = type;
    }

    /** True when MODEL names a dataset ({@code impact --dataset}). */
    boolean dataset() {
        return false;
    }

    /** The API path of the result, for the subject's {@code owner/name}, with its query string. */
    abstract String apiPath(String kind, String ownerName);

    /** The result computed over a local store. */
    abstract Optional<T> compute(LineageService lineage, String iri);

    /** The result in words. */
    abstract void print(T result, PrintWriter out);

    @Override
    public Integer call() throws IOException, InterruptedException {
        DataConfig config = DataConfig.resolve(data, context.env());
        PrintWriter out = spec.commandLine().getOut();
        T result = config.remote() ? fetch(config.server()) : local(config);
        if (json) {
            out.println(JSON.writeValueAsString(result));
        } else {
            print(result, out);
        }
        out.flush();
        return 0;
    }

    private T local(DataConfig config) {
        config.existingStore(spec.name());
        try (LocalStore local = LocalStore.open(config)) {
            String iri = iri(local.pedigree.iris());
            return compute(local.pedigree.lineage(), iri).orElseThrow(() -> new ConfigException("the store in " + config.dataDir()
                    + " knows nothing called " + subject + " — check the id (owner/name) or the --base-uri"));
        }
    }

    private String iri(InstanceIris iris) {
        return (dataset() ? iris.datasetIri(subject) : iris.modelIri(subject))
                .orElseThrow(() -> new ConfigException("MODEL: '" + subject + "' is neither owner/name nor an IRI"));
    }

    private T fetch(URI server) throws IOException, InterruptedException {
        String ownerName = subject;
        if (InstanceIris.isIri(subject)) {
            ownerName = InstanceIris.idAfterKind(subject).orElseThrow(() ->
                    new ConfigException("MODEL: with --server, name the model as owner/name or by its /model/owner/name IRI"));
        }
        if (!InstanceIris.isHfId(ownerName)) {
            throw new ConfigException("MODEL: '" + subject + "' is neither owner/name nor an IRI");
        }
        String[] parts = ownerName.split("/", 2);
        String path = apiPath(dataset() ? "datasets" : "models", URLEncoder.encode(parts[0], StandardCharsets.UTF_8) + "/"
                + URLEncoder.encode(parts[1], StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String root = server.toString().endsWith("/") ? server.toString() : server + "/";
        HttpRequest request = HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new ConfigException("no Pedigree server answers at " + server + " (--server)");
        }
        if (response.statusCode() == 404) {
            throw new ConfigException("the server at " + server + " knows nothing called " + subject);
        }
        if (response.statusCode() != 200) {
            throw new ConfigException("the server at " + server + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readValue(response.body(), type);
    }
}
