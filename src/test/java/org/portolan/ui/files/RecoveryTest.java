package org.portolan.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portolan.model.Topology;
import org.portolan.samples.Sample;

class RecoveryTest {

    /** A pid no process has: what a killed Portolan leaves behind. */
    static long deadPid() {
        long pid = 4_000_000;
        while (ProcessHandle.of(pid).isPresent()) {
            pid++;
        }
        return pid;
    }

    @Test
    void anAutosaveOfAProcessThatIsGoneIsOfferedBack(@TempDir Path home) throws Exception {
        Topology edited = Sample.EDGE_PERIMETER.load().withName("Edited before the crash");
        Recovery crashed = new Recovery(home, deadPid());
        crashed.save(edited, home.resolve("design.portolan"));

        Recovery next = new Recovery(home);
        assertThat(next.leftovers()).singleElement().satisfies(left -> {
            assertThat(left.topology()).isEqualTo(edited);
            assertThat(left.original()).isEqualTo(home.resolve("design.portolan").toAbsolutePath());
        });
        next.discard(next.leftovers().get(0).file());
        assertThat(next.leftovers()).isEmpty();
    }

    @Test
    void aRunningPortolansOwnAutosaveIsNotOffered(@TempDir Path home) throws Exception {
        Recovery me = new Recovery(home);
        me.save(Sample.SINGLE_MULTI_ROLE.load(), null);
        assertThat(me.leftovers()).isEmpty();
        Recovery alive = new Recovery(home, ProcessHandle.current().parent().orElseThrow().pid());
        alive.save(Sample.SINGLE_MULTI_ROLE.load(), null);
        assertThat(new Recovery(home, deadPid()).leftovers()).as("both owners are alive").isEmpty();
        me.clear();
        assertThat(me.file()).doesNotExist();
    }

    @Test
    void anUnreadableAutosaveIsDroppedNotOffered(@TempDir Path home) throws Exception {
        Path dir = Files.createDirectories(home.resolve("recovery"));
        Files.writeString(dir.resolve("autosave-" + deadPid() + ".portolan"), "{ half written");
        assertThat(new Recovery(home).leftovers()).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
