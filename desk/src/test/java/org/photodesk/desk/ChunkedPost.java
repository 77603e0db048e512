package org.photodesk.desk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A POST whose body is sent in chunks ({@code Transfer-Encoding: chunked}, no {@code Content-Length}) over a raw
 * socket, as a hostile client would: it keeps sending until the server stops it or the body is complete, reading the
 * answer meanwhile, and reports how many body bytes went out.
 *
 * @param status the answer's status code (0 when none came)
 * @param head the answer's status line and headers
 * @param body what came after the headers
 * @param sent how many body bytes were written before the server closed the connection or the body ended
 */
record ChunkedPost(int status, String head, String body, long sent) {

    private static final int CHUNK = 64 * 1024;

    /** Posts {@code total} bytes ({@code fill} repeated) in chunks to {@code path}, with {@code headers}. */
    static ChunkedPost send(int port, String path, Map<String, String> headers, long total, byte fill) {
        return send(port, path, headers, new Filler(total, fill));
    }

    /** Posts {@code body} in chunks to {@code path}, with {@code headers}. */
    static ChunkedPost send(int port, String path, Map<String, String> headers, byte[] body) {
        return send(port, path, headers, new java.io.ByteArrayInputStream(body));
    }

    private static ChunkedPost send(int port, String path, Map<String, String> headers, InputStream body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            var answer = CompletableFuture.supplyAsync(() -> readAll(socket));
            long sent = write(socket.getOutputStream(), port, path, headers, body);
            byte[] response = answer.get(30, TimeUnit.SECONDS);
            return parse(response, sent);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("no answer to the chunked POST " + path, e);
        }
    }

    /** Writes the request, going on after an answer (as a client that does not read would) until the server stops it. */
    private static long write(OutputStream out, int port, String path, Map<String, String> headers, InputStream body) {
        var head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("\r\n");
        byte[] chunk = new byte[CHUNK];
        byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
        long sent = 0;
        try {
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            for (int n; (n = body.readNBytes(chunk, 0, CHUNK)) > 0; ) {
                out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk, 0, n);
                out.write(crlf);
                sent += n;
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            // the server closed the connection: that is what a refusal looks like to a client still sending
        }
        return sent;
    }

    private static byte[] readAll(Socket socket) {
        var buffer = new ByteArrayOutputStream();
        try {
            InputStream in = socket.getInputStream();
            byte[] b = new byte[8192];
            for (int n; (n = in.read(b)) != -1; ) {
                buffer.write(b, 0, n);
            }
        } catch (IOException e) {
            // reset after the answer: keep what came
        }
        return buffer.toByteArray();
    }

    private static ChunkedPost parse(byte[] response, long sent) {
        String text = new String(response, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        int status = head.startsWith("HTTP/1.1 ") && head.length() >= 12 ? Integer.parseInt(head.substring(9, 12)) : 0;
        return new ChunkedPost(status, head, body, sent);
    }

    /** {@code total} bytes of {@code fill}, made as they are read. */
    private static final class Filler extends InputStream {
        private long left;
        private final byte fill;

        Filler(long total, byte fill) {
            this.left = total;
            this.fill = fill;
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            left--;
            return fill & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, fill);
            left -= n;
            return n;
        }
    }
}
