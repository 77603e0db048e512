/**
 * The {@link org.photodesk.core.search.SearchIndex} on OpenSearch: the library's query language as OpenSearch
 * queries, facets as terms aggregations, deep pages by {@code search_after}, and the store change the index reflects
 * in a metadata document of the index itself.
 */
package org.photodesk.scale.search;
