package org.portolan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.portolan.model.Product;

/** The version About and --version show is the one the packages are built with, and the changelog's newest. */
class ProductVersionTest {

    @Test
    void aboutThePackagesAndTheChangelogAgreeOnTheVersion() throws Exception {
        Matcher m = Pattern.compile("<portolan.version>([^<]+)</portolan.version>").matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo(Product.VERSION);
        assertThat(Files.readString(Path.of("CHANGELOG.md"))).contains("## " + Product.VERSION + " ");
        assertThat(Files.readString(Path.of("docs/guide.md"))).contains("# Portolan user guide");
    }
}
