package lianpu.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs Neo4j Community in this JVM with only the Bolt connector open, on 127.0.0.1.
 *
 * <p>Started as a child process by server/db/embedded.ts. Protocol with the parent:
 *
 * <ul>
 *   <li>prints {@code LIANPU-NEO4J-READY bolt://127.0.0.1:PORT} on stdout once the default
 *       database is available;
 *   <li>shuts down cleanly when its stdin closes (the parent exited or called stop()), on
 *       SIGTERM/SIGINT, or on a line {@code stop} on stdin. Watching stdin means a parent
 *       killed with -9 never leaves an orphaned database holding the store lock.
 * </ul>
 *
 * <p>Auth is disabled because the connector listens on loopback only; a deployment that needs
 * users and TLS points NEO4J_URI at a standalone server or cluster instead.
 */
public final class EmbeddedNeo4j {
  private EmbeddedNeo4j() {}

  public static void main(String[] args) throws Exception {
    Path home = null;
    int port = 7687;
    String pageCache = "256m";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--home" -> home = Path.of(args[++i]).toAbsolutePath();
        case "--bolt-port" -> port = Integer.parseInt(args[++i]);
        case "--page-cache" -> pageCache = args[++i];
        default -> {
          System.err.println("unknown argument: " + args[i]);
          System.exit(64);
        }
      }
    }
    if (home == null) {
      System.err.println("usage: EmbeddedNeo4j --home DIR [--bolt-port N] [--page-cache SIZE]");
      System.exit(64);
    }

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(pageCache))
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
            .build();

    Thread shutdown = new Thread(() -> stop(dbms), "lianpu-neo4j-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);

    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    while (!db.isAvailable(1000)) {
      // wait for recovery and start-up to finish before announcing readiness
    }
    System.out.println("LIANPU-NEO4J-READY bolt://127.0.0.1:" + port);
    System.out.flush();

    watchStdin();
    System.exit(0); // runs the shutdown hook
  }

  private static void watchStdin() {
    InputStream in = System.in;
    StringBuilder line = new StringBuilder();
    try {
      int c;
      while ((c = in.read()) != -1) {
        if (c == '\n') {
          if (line.toString().trim().equals("stop")) {
            return;
          }
          line.setLength(0);
        } else {
          line.append((char) c);
        }
      }
    } catch (IOException e) {
      // a broken stdin means the parent is gone: fall through to shut down
    }
  }

  private static synchronized void stop(DatabaseManagementService dbms) {
    try {
      dbms.shutdown();
      System.out.println("LIANPU-NEO4J-STOPPED");
      System.out.flush();
    } catch (RuntimeException e) {
      System.err.println("shutdown failed: " + e);
    }
  }

  private static long parseBytes(String size) {
    String s = size.trim().toLowerCase();
    long unit = 1;
    if (s.endsWith("g")) {
      unit = 1L << 30;
    } else if (s.endsWith("m")) {
      unit = 1L << 20;
    } else if (s.endsWith("k")) {
      unit = 1L << 10;
    }
    if (unit != 1) {
      s = s.substring(0, s.length() - 1);
    }
    return Long.parseLong(s) * unit;
  }
}
