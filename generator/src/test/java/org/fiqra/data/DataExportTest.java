package org.fiqra.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.fiqra.SeedSite;
import org.junit.jupiter.api.Test;

/** The published JSON of the seed site validates against the published schemas, and says what the pages say. */
class DataExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonSchema schema(Path data, String name) throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Files.readString(data.resolve(name)));
    }

    @Test
    void everyDataFileValidatesAgainstItsSchema() throws IOException {
        Path data = SeedSite.get().output.resolve("data");
        JsonNode documents = JSON.readTree(data.resolve("documents.json").toFile());
        assertEquals(Set.of(), schema(data, DataExport.DOCUMENTS_SCHEMA).validate(documents));
        assertEquals(5, documents.get("documents").size());
        JsonSchema document = schema(data, DataExport.DOCUMENT_SCHEMA);
        try (Stream<Path> files = Files.list(data)) {
            List<Path> each = files.filter(p -> p.toString().endsWith(".json") && !p.endsWith("documents.json")).toList();
            assertEquals(5, each.size());
            for (Path f : each) {
                assertEquals(Set.of(), document.validate(JSON.readTree(f.toFile())), f.getFileName().toString());
            }
        }
    }

    @Test
    void theSchemaRejectsABrokenFile() throws IOException {
        Path data = SeedSite.get().output.resolve("data");
        ObjectNode broken = (ObjectNode) JSON.readTree(data.resolve("a-res-66-122.json").toFile());
        broken.remove("clauses");
        ((ObjectNode) broken).put("unexpected", true);
        Set<ValidationMessage> errors = schema(data, DataExport.DOCUMENT_SCHEMA).validate(broken);
        assertEquals(2, errors.size(), errors.toString());
    }

    @Test
    void theDataSaysWhatThePagesSay() throws IOException {
        Path data = SeedSite.get().output.resolve("data");
        JsonNode ecosoc = JSON.readTree(data.resolve("e-res-2017-18.json").toFile());
        JsonNode op13 = ecosoc.get("clauses").get(31);
        assertEquals("op-13", op13.get("id").asText());
        assertTrue(op13.get("references").findValuesAsText("target").contains("A/RES/64/293"));
        assertEquals("recalls", op13.get("verb").get("id").asText());
        assertTrue(op13.get("english").get("text").asText().startsWith("13. *Recalls*") || op13.get("english").get("text").asText()
                .startsWith("*Recalls*"), op13.get("english").get("text").asText());
        assertEquals("unofficial", op13.get("english").get("translation").asText());
        JsonNode pp6 = ecosoc.get("clauses").get(5);
        assertEquals(6, pp6.get("items").size());
        JsonNode hrc = JSON.readTree(data.resolve("a-hrc-res-56-2.json").toFile());
        assertEquals(31, hrc.get("vote").get("inFavourList").size());
        assertFalse(hrc.get("clauses").get(0).has("english") && !hrc.get("clauses").get(0).get("english").isNull());
    }
}
