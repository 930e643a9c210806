package org.portolan.fileformat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portolan.io.AtomicFiles;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Topology;

class TopologyWriterTest {

    final Topology topology = Topology.empty("Seoul HQ").withNodes(List.of(Node.of("e1", NodeKind.EDGE, "EDGE01")));

    @Test
    void writesPrettyJsonWithStableKeyOrder() {
        String json = new String(TopologyWriter.toBytes(topology), StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\n  \"format\" : \"portolan-topology\",\n  \"version\" : 1,\n  \"name\" : \"Seoul HQ\",\n  \"options\" : {");
        assertThat(json.indexOf("\"zones\"")).isLessThan(json.indexOf("\"nodes\""));
        assertThat(json).contains("\"id\" : \"e1\",\n      \"kind\" : \"EDGE\",\n      \"name\" : \"EDGE01\",\n      \"zone\" : \"perimeter\"");
        assertThat(json).endsWith("}\n");
    }

    @Test
    void saveReplacesTheFileAndLeavesNoTemporaryBehind(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("d.portolan");
        Files.writeString(file, "previous content");
        TopologyWriter.save(topology, file);
        assertThat(TopologyReader.read(file)).isEqualTo(topology);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aSaveInterruptedBeforeTheSwapLeavesThePreviousFileIntact(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("d.portolan");
        TopologyWriter.save(topology, file);
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> AtomicFiles.write(file, TopologyWriter.toBytes(topology.withName("changed")), written -> {
            assertThat(Files.readString(written)).contains("\"name\" : \"changed\"");
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
