package org.portolan.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.portolan.analysis.Analysis;
import org.portolan.flow.FlowEngine;
import org.portolan.report.TableFormat;
import org.portolan.validation.Severity;

/**
 * Golden flow lists for every bundled sample. After a deliberate rule change, regenerate them with
 * {@code mvn test -Dtest=SamplesTest -Dgolden.update=true} and review the diff.
 */
class SamplesTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden");

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
        String actual = TableFormat.CSV.render(FlowEngine.flows(sample.load()));
        Path golden = GOLDEN.resolve(sample.fileName().replace(".portolan", ".flows.csv"));
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file; create it with -Dgolden.update=true").exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
