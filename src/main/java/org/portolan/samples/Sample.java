package org.portolan.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.portolan.fileformat.TopologyFileException;
import org.portolan.fileformat.TopologyReader;
import org.portolan.model.Topology;

/** The diagrams bundled under assets/samples; {@link #EDGE_PERIMETER} is what the window opens on. */
public enum Sample {
    EDGE_PERIMETER("edge-perimeter.portolan"),
    SINGLE_MULTI_ROLE("single-multi-role.portolan"),
    SEPARATE_CAS_MAILBOX("separate-cas-mailbox.portolan"),
    HYBRID_OFFICE_365("hybrid-office365.portolan"),
    LOAD_BALANCED_DAG_HYBRID("load-balanced-dag-hybrid.portolan"),
    TWO_DATACENTRES("two-datacentres.portolan");

    public static final Sample DEFAULT = EDGE_PERIMETER;

    private final String fileName;

    Sample(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    public String resourcePath() {
        return "/assets/samples/" + fileName;
    }

    /** Loads the bundled file; a broken bundled sample is a build defect, hence unchecked. */
    public Topology load() {
        try (InputStream in = Sample.class.getResourceAsStream(resourcePath())) {
            if (in == null) {
                throw new IllegalStateException("sample missing from the build: " + resourcePath());
            }
            return TopologyReader.read(fileName, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TopologyFileException e) {
            throw new IllegalStateException("bundled sample is invalid: " + e.getMessage(), e);
        }
    }

    public static List<Sample> all() {
        return List.of(values());
    }
}
