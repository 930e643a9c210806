package org.portolan.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portolan.samples.GeneratedTopology;

/** A flow list reads, slices and copies out like any immutable list, over the array it was given. */
class FlowListTest {

    private final List<Flow> engine = FlowEngine.flows(GeneratedTopology.of(10));
    private final List<Flow> flows = FlowList.of(engine.toArray(new Flow[0]));

    @Test
    void readsSlicesAndCopiesOutLikeTheListItWasMadeFrom() {
        assertThat(flows).isEqualTo(engine).hasSameHashCodeAs(engine);
        List<Flow> slice = flows.subList(10, 30).subList(5, 15);
        assertThat(slice).isEqualTo(engine.subList(15, 25));
        assertThat(slice.toArray()).containsExactly(engine.subList(15, 25).toArray());
        assertThat(slice.toArray(new Flow[0])).containsExactly(engine.subList(15, 25).toArray(new Flow[0]));
        Flow[] roomy = new Flow[12];
        assertThat(slice.toArray(roomy)).isSameAs(roomy);
        assertThat(roomy[10]).isNull();
        assertThat(new ArrayList<>(slice)).isEqualTo(slice);
        assertThat(FlowList.copyOf(flows)).isSameAs(flows);
        assertThat(FlowList.copyOf(new ArrayList<>(engine))).isEqualTo(engine);
    }

    @Test
    void copiesARangeIntoAnArrayFromAFlowListOrAnyList() {
        Flow[] into = new Flow[12];
        FlowList.copy(flows.subList(10, 30), 5, 15, into, 1);
        assertThat(java.util.Arrays.copyOfRange(into, 1, 11)).containsExactly(engine.subList(15, 25).toArray(new Flow[0]));
        assertThat(into[0]).isNull();
        assertThat(into[11]).isNull();

        Flow[] fromAnyList = new Flow[10];
        FlowList.copy(new ArrayList<>(engine), 15, 25, fromAnyList, 0);
        assertThat(fromAnyList).containsExactly(engine.subList(15, 25).toArray(new Flow[0]));
        assertThatThrownBy(() -> FlowList.copy(flows.subList(10, 20), 5, 11, new Flow[20], 0))
                .as("past the slice's end").isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void cannotBeChangedOrReadOutsideItsBounds() {
        List<Flow> slice = flows.subList(10, 20);
        assertThatThrownBy(() -> slice.get(10)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> slice.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> flows.subList(5, flows.size() + 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> flows.set(0, flows.get(1))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> slice.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }
}
