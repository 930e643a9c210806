package org.portolan.ui.files;

import org.portolan.model.Topology;
import org.portolan.samples.Sample;

/** The diagrams File → New starts from. */
public enum Template {
    BLANK("Blank diagram", null), NO_EDGE("Without Edge (one multi-role server)", Sample.SINGLE_MULTI_ROLE),
    WITH_EDGE("With Edge Transport", Sample.EDGE_PERIMETER), HYBRID("Hybrid with Office 365", Sample.HYBRID_OFFICE_365),
    LOAD_BALANCED_DAG("Load-balanced DAG with hybrid", Sample.LOAD_BALANCED_DAG_HYBRID),
    TWO_DATACENTRES("Two datacentres, one DAG", Sample.TWO_DATACENTRES);

    private final String label;
    private final Sample sample;

    Template(String label, Sample sample) {
        this.label = label;
        this.sample = sample;
    }

    public String label() {
        return label;
    }

    public Topology topology() {
        return sample == null ? Topology.empty("Untitled diagram") : sample.load();
    }
}
