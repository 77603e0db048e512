package org.photodesk.embedded.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.IntroSelector;
import org.apache.lucene.util.IntroSorter;

/**
 * A page far down a result, such as hits 50,000 to 50,099: the sort keys of every hit are read into arrays and the
 * page is selected from them (quickselect, then only the page is sorted), in time proportional to the hits whatever
 * the offset, where a top-docs collector keeps and pops a priority queue of {@code offset + limit} hits.
 *
 * <p>It orders hits exactly as Lucene's comparators do (a score higher first unless reversed, a missing long as the
 * field's missing value), and the sort must end with the photo id, so the order is total and the page is the one a
 * top-docs collector would give.
 */
final class DeepPage implements CollectorManager<DeepPage.Hits, DeepPage.Hits> {

    private final SortField[] fields;

    DeepPage(Sort sort) {
        this.fields = sort.getSort();
        for (SortField f : fields) {
            if (f.getType() != SortField.Type.SCORE && f.getType() != SortField.Type.LONG) {
                throw new IllegalArgumentException("deep paging sorts by score and long fields, not " + f);
            }
        }
        SortField last = fields[fields.length - 1];
        if (last.getType() != SortField.Type.LONG || !IndexSchema.ID_VALUE.equals(last.getField())) {
            throw new IllegalArgumentException("deep paging needs the photo id as the last sort field, not " + last);
        }
    }

    @Override
    public Hits newCollector() {
        return new Hits(fields);
    }

    @Override
    public Hits reduce(Collection<Hits> collectors) {
        Hits all = new Hits(fields);
        collectors.forEach(all::addAll);
        return all;
    }

    /** The sort keys of every hit, in the order collected. */
    static final class Hits implements Collector {

        private final SortField[] fields;
        private final boolean scores;
        private float[] score = new float[0];
        private final long[][] values;
        private int size;

        Hits(SortField[] fields) {
            this.fields = fields;
            this.values = new long[fields.length][];
            boolean anyScore = false;
            for (int f = 0; f < fields.length; f++) {
                anyScore |= fields[f].getType() == SortField.Type.SCORE;
                values[f] = fields[f].getType() == SortField.Type.LONG ? new long[0] : null;
            }
            this.scores = anyScore;
        }

        /** How many hits were collected. */
        int size() {
            return size;
        }

        @Override
        public ScoreMode scoreMode() {
            return scores ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            var docValues = new NumericDocValues[fields.length];
            var missing = new long[fields.length];
            for (int f = 0; f < fields.length; f++) {
                if (values[f] != null) {
                    docValues[f] = DocValues.getNumeric(context.reader(), fields[f].getField());
                    missing[f] = fields[f].getMissingValue() instanceof Long m ? m : 0L;
                }
            }
            return new LeafCollector() {
                private Scorable scorer;

                @Override
                public void setScorer(Scorable scorer) {
                    this.scorer = scorer;
                }

                @Override
                public void collect(int doc) throws IOException {
                    grow(size + 1);
                    if (scores) {
                        score[size] = scorer.score();
                    }
                    for (int f = 0; f < docValues.length; f++) {
                        if (docValues[f] != null) {
                            values[f][size] = docValues[f].advanceExact(doc) ? docValues[f].longValue() : missing[f];
                        }
                    }
                    size++;
                }
            };
        }

        private void grow(int needed) {
            if (scores && score.length < needed) {
                score = ArrayUtil.grow(score, needed);
            }
            for (int f = 0; f < values.length; f++) {
                if (values[f] != null && values[f].length < needed) {
                    values[f] = ArrayUtil.grow(values[f], needed);
                }
            }
        }

        private void addAll(Hits other) {
            grow(size + other.size);
            if (scores) {
                System.arraycopy(other.score, 0, score, size, other.size);
            }
            for (int f = 0; f < values.length; f++) {
                if (values[f] != null) {
                    System.arraycopy(other.values[f], 0, values[f], size, other.size);
                }
            }
            size += other.size;
        }

        /** Negative when hit {@code a} comes before hit {@code b} in the sort. */
        private int compare(int a, int b) {
            for (int f = 0; f < fields.length; f++) {
                int c = values[f] == null ? Float.compare(score[b], score[a]) : Long.compare(values[f][a], values[f][b]);
                if (c != 0) {
                    return fields[f].getReverse() ? -c : c;
                }
            }
            return 0;
        }

        /** The photo ids of hits {@code offset} to {@code offset + limit - 1} in the sort order. */
        List<Long> page(int offset, int limit) {
            int end = (int) Math.min(size, (long) offset + limit);
            if (offset >= end) {
                return List.of();
            }
            int[] order = new int[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            new IntroSelector() {
                private int pivot;

                @Override
                protected void setPivot(int i) {
                    pivot = order[i];
                }

                @Override
                protected int comparePivot(int j) {
                    return Hits.this.compare(pivot, order[j]);
                }

                @Override
                protected int compare(int i, int j) {
                    return Hits.this.compare(order[i], order[j]);
                }

                @Override
                protected void swap(int i, int j) {
                    swapIn(order, i, j);
                }

                void page() {
                    select(0, size, offset);
                    if (end - 1 > offset) {
                        select(offset + 1, size, end - 1);
                    }
                }
            }.page();
            new IntroSorter() {
                private int pivot;

                @Override
                protected void setPivot(int i) {
                    pivot = order[i];
                }

                @Override
                protected int comparePivot(int j) {
                    return Hits.this.compare(pivot, order[j]);
                }

                @Override
                protected int compare(int i, int j) {
                    return Hits.this.compare(order[i], order[j]);
                }

                @Override
                protected void swap(int i, int j) {
                    swapIn(order, i, j);
                }
            }.sort(offset, end);
            long[] ids = values[values.length - 1];
            var page = new ArrayList<Long>(end - offset);
            for (int i = offset; i < end; i++) {
                page.add(ids[order[i]]);
            }
            return page;
        }

        private static void swapIn(int[] order, int i, int j) {
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
