package org.portolan.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.portolan.analysis.Analysis;
import org.portolan.report.TableFormat;
import org.portolan.report.TableOptions;
import org.portolan.rules.FlowEngine;
import org.portolan.rules.Severity;
import org.portolan.testing.Golden;

/**
 * Golden flow lists for every bundled sample. After a deliberate rule change, regenerate them with
 * {@code mvn test -Dtest=SamplesTest -Dgolden.update=true} and review the diff.
 */
class SamplesTest {

    @ParameterizedTest
    @EnumSource(Sample.class)
    void loadsAndValidatesWithoutErrors(Sample sample) {
        Analysis analysis = Analysis.of(sample.load());
        assertThat(analysis.findings()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
        assertThat(analysis.flows()).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void flowsMatchTheGoldenList(Sample sample) throws IOException {
        Golden.assertMatches(sample.fileName().replace(".portolan", ".flows.csv"),
                TableFormat.CSV.render(sample.load(), FlowEngine.flows(sample.load()), new TableOptions(false,
                        java.time.ZonedDateTime.of(2026, 11, 27, 9, 30, 0, 0, java.time.ZoneOffset.UTC))));
    }
}
