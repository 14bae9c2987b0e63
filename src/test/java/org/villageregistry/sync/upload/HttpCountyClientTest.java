package org.villageregistry.sync.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.sync.CountyAddress;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;

/** The township clerk types the county's address by hand; a typing mistake is told as such, never as a crash. */
class HttpCountyClientTest {
    @BeforeEach
    void chinese() {
        Messages.setLocale(Messages.CHINESE);
    }

    @Test
    void anAddressThatIsNotAWebAddressIsQuotedWithAnExampleBeforeAnythingIsSent() {
        for (String typed : new String[] {"county server", "192.168.1.10:8080", "county.example/vreg", "ftp://county"}) {
            assertThatThrownBy(() -> new HttpCountyClient().post(typed, "item", new byte[0], "m", Duration.ofSeconds(1)))
                    .as(typed).isInstanceOf(RegistryException.class)
                    .hasMessageContaining("县里的地址“" + typed + "”不是有效的网址")
                    .hasMessageContaining("http://192.168.1.10:8080");
        }
    }

    @Test
    void aWellTypedAddressKeepsItsPathAndLosesATrailingSlash() {
        assertThat(CountyAddress.of(" https://county.example/vreg/ ").bundles())
                .hasToString("https://county.example/vreg/bundles");
        assertThat(CountyAddress.of("http://192.168.1.10:8080").bundles()).hasToString("http://192.168.1.10:8080/bundles");
    }
}
