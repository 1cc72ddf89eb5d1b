package dev.clientlens.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP proxy to a server that cuts the link once: when the bytes sent from the server to
 * clients (over all connections) pass a threshold, that connection is closed mid-stream. Later
 * connections pass through untouched, unless the proxy was told to stay down after the cut.
 */
public final class CuttingProxy implements AutoCloseable {
  private final ServerSocket listener;
  private final int targetPort;
  private final long cutAfter;
  private final boolean stayDown;
  private final AtomicLong fromServer = new AtomicLong();
  private final AtomicBoolean cut = new AtomicBoolean();
  private final AtomicInteger connections = new AtomicInteger();
  private final List<Socket> open = new CopyOnWriteArrayList<>();

  /**
   * @param cutAfter server-to-client bytes after which the connection carrying them is closed, once
   * @param stayDown whether to refuse every connection after the cut (to exhaust the client's retries)
   */
  public CuttingProxy(int targetPort, long cutAfter, boolean stayDown) throws IOException {
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.targetPort = targetPort;
    this.cutAfter = cutAfter;
    this.stayDown = stayDown;
    Thread acceptor = new Thread(this::accept, "cutting-proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public int port() {
    return listener.getLocalPort();
  }

  /** Connections accepted so far. */
  public int connections() {
    return connections.get();
  }

  /** Whether the cut has happened. */
  public boolean hasCut() {
    return cut.get();
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        if (stayDown && cut.get()) {
          client.close();
          continue;
        }
        connections.incrementAndGet();
        Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        open.add(client);
        open.add(server);
        pump(client, server, false);
        pump(server, client, true);
      } catch (IOException e) {
        // listener closed, or the target refused: the client sees its connection end
      }
    }
  }

  private void pump(Socket from, Socket to, boolean serverToClient) {
    Thread thread = new Thread(() -> {
      byte[] buffer = new byte[8192];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          if (serverToClient && !cut.get()) {
            long before = fromServer.getAndAdd(n);
            if (before + n > cutAfter && cut.compareAndSet(false, true)) {
              out.write(buffer, 0, (int) Math.max(0, cutAfter - before));
              out.flush();
              break;
            }
          }
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (IOException e) {
        // one side closed
      } finally {
        closeQuietly(from);
        closeQuietly(to);
      }
    }, "cutting-proxy-pump");
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
    for (Socket socket : open) {
      closeQuietly(socket);
    }
  }
}
