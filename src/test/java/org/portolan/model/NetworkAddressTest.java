package org.portolan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.10", "10.0.0.0/8", "0.0.0.0/0", "2001:db8::1", "2001:db8::/32", "::",
            "::1", "fe80::1:2:3:4", "::ffff:192.0.2.1", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:192.0.2.1"})
    void acceptsAddressesAndRanges(String text) {
        assertThat(NetworkAddress.parse(text).toString()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.1.1.1", "10.0.0", "10.0.0.0/33", "1.2.3.4/", "01.2.3.4", "mail.example.com",
            "1:2:3:4:5:6:7:8:9", "1::2::3", "12345::", "2001:db8::/129", "1.2.3.4::", " ", "10.0.0.0/8/8", "::g"})
    void rejectsWithASentenceThatQuotesTheValue(String text) {
        assertThatThrownBy(() -> NetworkAddress.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("Exception");
    }

    @Property
    void everyIpv4AddressAndPrefixParses(@ForAll @IntRange(max = 255) int a, @ForAll @IntRange(max = 255) int b,
                                         @ForAll @IntRange(max = 255) int c, @ForAll @IntRange(max = 255) int d,
                                         @ForAll @IntRange(max = 32) int prefix) {
        NetworkAddress parsed = NetworkAddress.parse(a + "." + b + "." + c + "." + d + "/" + prefix);
        assertThat(parsed.isIpv6()).isFalse();
        assertThat(parsed.isRange()).isEqualTo(prefix < 32);
    }

    @Property
    void everyIpv6AddressAsJavaPrintsItParses(@ForAll @Size(16) byte[] bytes) throws Exception {
        String text = InetAddress.getByAddress(bytes).getHostAddress(); // full form, or dotted IPv4 for mapped
        if (bytes.length == 16 && text.contains(":")) {
            assertThat(NetworkAddress.parse(text).isIpv6()).isTrue();
            String compressed = text.replaceFirst("(^|:)0(:0)+(:|$)", "::");
            assertThat(NetworkAddress.parse(compressed).isIpv6()).as(compressed).isTrue();
        }
    }
}
