package org.portolan.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import org.portolan.fileformat.TopologyWriter;
import org.portolan.samples.GeneratedTopology;

/** Writes a generated organisation as a .portolan file: {@code GeneratedFile NODES OUT.portolan}. */
public final class GeneratedFile {

    private GeneratedFile() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, TopologyWriter.toBytes(GeneratedTopology.of(Integer.parseInt(args[0]))));
    }
}
