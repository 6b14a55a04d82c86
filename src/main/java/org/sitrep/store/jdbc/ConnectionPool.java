package org.sitrep.store.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source keeping up to {@code maxIdle} closed-by-the-caller connections open for reuse (0: no pooling, every
 * connection really closes). Closing the pool closes the idle connections. Thread-safe.
 */
final class ConnectionPool implements DataSource, AutoCloseable {
    private final DataSource base;
    private final int maxIdle;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    ConnectionPool(DataSource base, int maxIdle) {
        this.base = base;
        this.maxIdle = maxIdle;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection real = null;
        synchronized (this) {
            while (real == null && !idle.isEmpty()) {
                Connection c = idle.pop();
                if (!c.isClosed()) {
                    real = c;
                }
            }
        }
        if (real == null) {
            real = base.getConnection();
        }
        return maxIdle == 0 ? real : wrap(real);
    }

    /** A handle on a real connection that returns it to the pool on its first close and is unusable after. */
    private Connection wrap(Connection real) {
        java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        if (released.compareAndSet(false, true)) {
                            release(real);
                        }
                        return null;
                    }
                    if (method.getName().equals("isClosed") && method.getParameterCount() == 0) {
                        return released.get() || real.isClosed();
                    }
                    if (released.get()) {
                        throw new SQLException("connection already returned to the pool");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void release(Connection real) throws SQLException {
        if (!real.isClosed() && !real.getAutoCommit()) {
            real.rollback();
            real.setAutoCommit(true);
        }
        synchronized (this) {
            if (!closed && idle.size() < maxIdle && !real.isClosed()) {
                idle.push(real);
                return;
            }
        }
        real.close();
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (Connection c : idle) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing an idle connection that already failed: nothing left to release
            }
        }
        idle.clear();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the pool's credentials are fixed");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return base.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        base.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        base.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return base.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return base.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return base.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return base.isWrapperFor(iface);
    }
}
