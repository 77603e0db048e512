package org.photodesk.scale.search;

import java.net.URI;
import org.junit.jupiter.api.extension.ExtendWith;
import org.photodesk.core.contract.SearchIndexContract;
import org.photodesk.core.search.SearchIndex;
import org.photodesk.scale.testing.OpenSearchNodeExtension;

/**
 * The search index contract on OpenSearch, each test on an alias of its own; pages reach only 100 hits by
 * {@code from}/{@code size} and bulks hold 50 changes, so that the contract's deep pages walk with
 * {@code search_after} and its libraries go out in several bulks.
 */
@ExtendWith(OpenSearchNodeExtension.class)
class OpenSearchContractTest extends SearchIndexContract {

    private final URI address;

    OpenSearchContractTest(OpenSearchNodeExtension.Node node) {
        address = node.freshIndex();
    }

    @Override
    protected SearchIndex openIndex() {
        return new OpenSearchIndex(IndexAddress.parse(address), new OpenSearchIndex.Tuning(100, 50));
    }
}
