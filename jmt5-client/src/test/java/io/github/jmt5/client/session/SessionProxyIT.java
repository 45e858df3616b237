package io.github.jmt5.client.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jmt5.client.event.ConnectionState;
import io.github.jmt5.client.transport.ConnectionOptions;
import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.server.Mt5Emulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The client tunnels through an HTTP proxy with CONNECT. */
// a loopback test proxy: one known address, request lines it parses itself
@SuppressWarnings({"AddressSelection", "StringSplitter"})
class SessionProxyIT {
  @Test
  void connectsThroughAnHttpConnectProxy() throws Exception {
    try (Mt5Emulator emulator = Harness.emulator();
        ConnectProxy proxy = new ConnectProxy()) {
      SessionOptions options =
          Harness.options(emulator)
              .build()
              .withConnection(
                  ConnectionOptions.builder(emulator.uri())
                      .proxy(new InetSocketAddress("127.0.0.1", proxy.port()))
                      .build());
      try (Session session = new Session(options)) {
        session.connect().join();
        assertThat(session.state()).isEqualTo(ConnectionState.READY);
        assertThat(session.request(Request.of(CommandId.GET_ACCOUNT, Codecs.ACCOUNT)).join())
            .isNotNull();
      }
      assertThat(proxy.requests)
          .anySatisfy(line -> assertThat(line).startsWith("CONNECT 127.0.0.1:" + emulator.port()));
    }
  }

  /** A minimal HTTP CONNECT proxy: reads the request head, answers 200, then pipes bytes. */
  private static final class ConnectProxy implements AutoCloseable {
    final List<String> requests = new CopyOnWriteArrayList<>();
    private final ServerSocket server =
        new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
    private final Thread acceptor;

    ConnectProxy() throws IOException {
      acceptor = new Thread(this::accept, "connect-proxy");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    int port() {
      return server.getLocalPort();
    }

    private void accept() {
      while (!server.isClosed()) {
        try {
          Socket client = server.accept();
          Thread t = new Thread(() -> tunnel(client), "connect-proxy-tunnel");
          t.setDaemon(true);
          t.start();
        } catch (IOException e) {
          return;
        }
      }
    }

    private void tunnel(Socket client) {
      try (client) {
        InputStream in = client.getInputStream();
        String head = readHead(in);
        String first = head.lines().findFirst().orElse("");
        requests.add(first);
        String[] target = first.split(" ")[1].split(":");
        try (Socket upstream = new Socket(target[0], Integer.parseInt(target[1]))) {
          OutputStream out = client.getOutputStream();
          out.write(
              "HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
          out.flush();
          Thread up = new Thread(() -> pipe(in, upstream), "connect-proxy-up");
          up.setDaemon(true);
          up.start();
          pipe(upstream.getInputStream(), client);
        }
      } catch (IOException | RuntimeException e) {
        // the test sees a failed connect if the tunnel breaks
      }
    }

    private static String readHead(InputStream in) throws IOException {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      int c;
      while ((c = in.read()) != -1) {
        b.write(c);
        String s = b.toString(StandardCharsets.US_ASCII);
        if (s.endsWith("\r\n\r\n")) {
          return s;
        }
      }
      throw new IOException("no request head");
    }

    private static void pipe(InputStream from, Socket to) {
      try {
        from.transferTo(to.getOutputStream());
      } catch (IOException e) {
        // one side closed
      }
    }

    @Override
    public void close() throws IOException {
      server.close();
    }
  }
}
