package org.photodesk.scale.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading {@code --blobs} URLs. */
class S3AddressTest {

    @Test
    void aUrlNamesBucketPrefixEndpointAndKeysAndItsDescriptionHidesTheSecret() {
        var a = S3Address.parse("s3://key:top%2Fsecret@photos/desk/library/?endpoint=http://127.0.0.1:9000&region=eu-west-1",
                n -> null);
        assertThat(a.bucket()).isEqualTo("photos");
        assertThat(a.prefix()).isEqualTo("desk/library/");
        assertThat(a.endpoint()).hasToString("http://127.0.0.1:9000");
        assertThat(a.region()).isEqualTo("eu-west-1");
        assertThat(a.accessKey()).isEqualTo("key");
        assertThat(a.secretKey()).isEqualTo("top/secret");
        assertThat(a.describe()).doesNotContain("secret").isEqualTo("s3://photos/desk/library/ at http://127.0.0.1:9000");
        assertThat(a.under("site").prefix()).isEqualTo("desk/library/site/");
    }

    @Test
    void withoutKeysOrRegionTheEnvironmentDecides() {
        var a = S3Address.parse("s3://photos", Map.of("AWS_REGION", "eu-central-1")::get);
        assertThat(a.prefix()).isEmpty();
        assertThat(a.accessKey()).isNull();
        assertThat(a.endpoint()).isNull();
        assertThat(a.region()).isEqualTo("eu-central-1");
    }

    @Test
    void aBadUrlSaysHowToWriteOne() {
        assertThatThrownBy(() -> S3Address.parse("http://photos", n -> null)).hasMessageContaining("s3://BUCKET");
        assertThatThrownBy(() -> S3Address.parse("s3://Bad_Bucket/x", n -> null)).hasMessageContaining("bucket name");
        assertThatThrownBy(() -> S3Address.parse("s3://onlykey@photos/x", n -> null))
                .hasMessageContaining("ACCESS_KEY:SECRET");
    }
}
