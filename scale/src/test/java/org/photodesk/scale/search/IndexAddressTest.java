package org.photodesk.scale.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class IndexAddressTest {

    @Test
    void readsTheNodeTheAliasAndTheShapeOfNewIndexes() {
        var address = IndexAddress.parse(URI.create("http://127.0.0.1:9201/photodesk"));
        assertThat(address.node()).isEqualTo(URI.create("http://127.0.0.1:9201"));
        assertThat(address.alias()).isEqualTo("photodesk");
        assertThat(address.shards()).isOne();
        assertThat(address.replicas()).isZero();
        assertThat(address.user()).isNull();

        var cluster = IndexAddress.parse(URI.create("https://desk:s3cret@search.example/news-photos/?shards=3&replicas=1"));
        assertThat(cluster.node()).isEqualTo(URI.create("https://search.example:443"));
        assertThat(cluster.alias()).isEqualTo("news-photos");
        assertThat(cluster.shards()).isEqualTo(3);
        assertThat(cluster.replicas()).isOne();
        assertThat(cluster.user()).isEqualTo("desk");
        assertThat(cluster.password()).isEqualTo("s3cret");
        assertThat(cluster.toString()).doesNotContain("s3cret");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ftp://127.0.0.1:9200/photodesk               | must start with http:// or https://
            http://127.0.0.1:9200                        | its path must be one index name
            http://127.0.0.1:9200/Photodesk              | its path must be one index name
            http://127.0.0.1:9200/a/b                    | its path must be one index name
            http://127.0.0.1:9200/photodesk?shards=two   | shards=two is not a whole number
            http://127.0.0.1:9200/photodesk?shards=0     | at least one shard
            http://127.0.0.1:9200/photodesk?refresh=1s   | unknown parameters [refresh]
            """)
    void refusesAddressesItCannotUseAndSaysHowToWriteThem(String url, String message) {
        assertThatThrownBy(() -> IndexAddress.parse(URI.create(url)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void neverQuotesAPasswordInAnError() {
        assertThatThrownBy(() -> IndexAddress.parse(URI.create("http://desk:s3cret@127.0.0.1:9200/")))
                .hasMessageNotContaining("s3cret");
    }
}
