package org.photodesk.core.feed.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read into memory up to a limit: past it (or when {@code Content-Length} already says so) the
 * exchange is cancelled and the body fails with {@link TooLarge}, so an endless or huge answer costs at most the
 * limit.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

    private final long max;
    private final long declared;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    private LimitedBody(long max, long declared) {
        this.max = max;
        this.declared = declared;
    }

    /** A handler that reads 2xx bodies up to {@code max} bytes and drops the body of any other status. */
    static HttpResponse.BodyHandler<byte[]> handler(long max) {
        return info -> info.statusCode() / 100 != 2
                ? HttpResponse.BodySubscribers.replacing(new byte[0])
                : new LimitedBody(max, info.headers().firstValueAsLong("content-length").orElse(-1));
    }

    /** The body was, or said it would be, larger than the limit. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long max, long declared) {
            super(declared > max ? "Content-Length " + declared + " is over the " + max + "-byte limit"
                    : "the body passed the " + max + "-byte limit");
        }
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (declared > max) {
            s.cancel();
            result.completeExceptionally(new TooLarge(max, declared));
            return;
        }
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : buffers) {
            if ((long) out.size() + b.remaining() > max) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge(max, declared));
                return;
            }
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            out.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(out.toByteArray());
    }
}
