package org.pedigree.ingest.imports;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.pedigree.ingest.InputProblem;
import org.pedigree.model.InstanceIris;

/**
 * How a CycloneDX component is named in Pedigree: a model by its purl {@code pkg:huggingface/…},
 * else {@code group/name} as a Hub id, else an http(s) {@code bom-ref}; a dataset by its Hub purl,
 * {@code group/name}, or the {@code contents.url} of the data (inline, or its first {@code data} entry). Also the value of a component's property.
 */
final class CycloneDxNames {
    private CycloneDxNames() {}

    static String model(String where, JsonNode c) {
        Optional<String> hub = ForeignIds.hubModel(ForeignIds.text(c, "purl"));
        String group = ForeignIds.text(c, "group");
        String candidate = group == null ? null : group + "/" + ForeignIds.text(c, "name");
        return hub.or(() -> Optional.ofNullable(candidate).filter(InstanceIris::isHfId))
                .or(() -> CardFields.text(c.get("bom-ref")).filter(r -> r.startsWith("http://") || r.startsWith("https://")))
                .orElseThrow(() -> new InputProblem(where + ": cannot name this model — give it a purl pkg:huggingface/OWNER/NAME, "
                        + "group and name as on the Hub, or an http(s) IRI as bom-ref."));
    }

    static Optional<String> dataset(JsonNode d) {
        String purl = ForeignIds.text(d, "purl");
        if (purl != null && purl.startsWith("pkg:huggingface/")) {
            return Optional.of(purl.substring("pkg:huggingface/".length()).replaceAll("[@?#].*$", "")).filter(InstanceIris::isHfId);
        }
        String group = ForeignIds.text(d, "group");
        if (group != null && InstanceIris.isHfId(group + "/" + ForeignIds.text(d, "name"))) {
            return Optional.of(group + "/" + ForeignIds.text(d, "name"));
        }
        return CardFields.text(d.path("contents").get("url")).or(() -> CardFields.text(d.path("data").path(0).path("contents").get("url")))
                .filter(u -> u.startsWith("http://") || u.startsWith("https://")).map(u -> ForeignIds.hubDataset(u).orElse(u));
    }

    static Optional<String> property(JsonNode component, String name) {
        for (JsonNode p : component.path("properties")) {
            if (name.equals(p.path("name").asText())) {
                return CardFields.text(p.get("value"));
            }
        }
        return Optional.empty();
    }
}
