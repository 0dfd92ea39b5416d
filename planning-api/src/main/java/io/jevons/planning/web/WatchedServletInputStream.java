package io.jevons.planning.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;

import java.io.IOException;

/** A request body passed on as it is read, each run of bytes shown to {@link #seen} first (to count or hash it). */
public abstract class WatchedServletInputStream extends ServletInputStream {

    private final ServletInputStream body;

    protected WatchedServletInputStream(ServletInputStream body) {
        this.body = body;
    }

    /** Called with every run of bytes read, before the reader gets them. */
    protected abstract void seen(byte[] buffer, int offset, int count) throws IOException;

    /** How many of {@code requested} bytes one read may take; all of them unless a subclass says otherwise. */
    protected int allowed(int requested) {
        return requested;
    }

    @Override
    public int read() throws IOException {
        int next = body.read();
        if (next >= 0) {
            seen(new byte[]{(byte) next}, 0, 1);
        }
        return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = body.read(buffer, offset, allowed(length));
        if (count > 0) {
            seen(buffer, offset, count);
        }
        return count;
    }

    @Override
    public boolean isFinished() {
        return body.isFinished();
    }

    @Override
    public boolean isReady() {
        return body.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        body.setReadListener(listener);
    }
}
