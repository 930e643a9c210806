package org.portolan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void nothingOrASingleFileOpensTheWindowEverythingElseIsACommand() {
        assertThat(Launcher.opensWindow(new String[0])).isTrue();
        assertThat(Launcher.opensWindow(new String[] {"diagram.portolan"})).isTrue();
        assertThat(Launcher.opensWindow(new String[] {"flows", "diagram.portolan"})).isFalse();
        assertThat(Launcher.opensWindow(new String[] {"validate"})).isFalse();
        assertThat(Launcher.opensWindow(new String[] {"--help"})).isFalse();
        assertThat(Launcher.opensWindow(new String[] {"-V"})).isFalse();
    }
}
