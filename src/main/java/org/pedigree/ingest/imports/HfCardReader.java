package org.pedigree.ingest.imports;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.pedigree.ingest.InputProblem;
import org.pedigree.ingest.RecordSource;
import org.pedigree.ingest.Sources;
import org.pedigree.model.InstanceIris;
import org.pedigree.model.Sha256;

/**
 * Reads a Hugging Face model card file (README.md with YAML front matter). The model id is the one
 * given, else the folder holding the card ({@code owner__name}, as in a local mirror of the Hub).
 */
final class HfCardReader {
    private HfCardReader() {}

    static HfModelInfo read(RecordSource source, String givenId) {
        String text = Sources.utf8(source);
        String id = givenId != null ? givenId : idFromPlace(source.name());
        if (!InstanceIris.isHfId(id)) {
            throw new InputProblem(source.name() + ": '" + id + "' is not a Hugging Face model id OWNER/NAME — give it with --id OWNER/NAME.");
        }
        var card = FrontMatter.of(source.name(), text);
        return new HfModelInfo(id, source.name(), "hf", Sha256.hex(source.bytes()),
                card.orElseGet(JsonNodeFactory.instance::objectNode), card.isPresent(), null, List.of(), List.of());
    }

    private static String idFromPlace(String name) {
        Path parent = Path.of(name).toAbsolutePath().getParent();
        if (parent == null || parent.getFileName() == null) {
            throw new InputProblem(name + ": cannot tell the model from the card's place — give it with --id OWNER/NAME.");
        }
        String id = HfIds.fromFolderName(parent.getFileName().toString());
        if (!InstanceIris.isHfId(id)) {
            throw new InputProblem(name + ": the folder '" + parent.getFileName() + "' does not name a model (OWNER__NAME) — "
                    + "give the model with --id OWNER/NAME.");
        }
        return id;
    }
}
