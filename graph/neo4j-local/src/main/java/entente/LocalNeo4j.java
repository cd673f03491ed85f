package entente;

import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Starts Neo4j Community embedded with only the Bolt connector, on loopback, until it is stopped.
 *
 * <p>Usage: LocalNeo4j DATA_DIR PORT [PASSWORD] [PAGECACHE_MB] [TX_MAX_MB] [TX_TOTAL_MB]. An empty or
 * absent PASSWORD disables auth; the last two bound the heap one transaction and all transactions together may use
 * (0: Neo4j's default, unbounded), so one query fails with an error instead of running the JVM out of heap. Prints "ENTENTE_NEO4J_READY pid=PID" once Bolt accepts connections so the Node launcher can stop
 * waiting.
 */
public final class LocalNeo4j {
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println(
          "usage: LocalNeo4j DATA_DIR PORT [PASSWORD] [PAGECACHE_MB] [TX_MAX_MB] [TX_TOTAL_MB]");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    String password = args.length > 2 ? args[2] : "";
    long pageCacheMb = args.length > 3 ? Long.parseLong(args[3]) : 64;
    long txMaxMb = args.length > 4 ? Long.parseLong(args[4]) : 0;
    long txTotalMb = args.length > 5 ? Long.parseLong(args[5]) : 0;
    boolean auth = !password.isEmpty();

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, auth)
            // User Cypher must not read the server's files through LOAD CSV.
            .setConfig(GraphDatabaseSettings.allow_file_urls, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
            .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(txMaxMb))
            .setConfig(
                GraphDatabaseSettings.memory_transaction_global_max_size,
                ByteUnit.mebiBytes(txTotalMb))
            .build();

    if (auth) {
      // The built-in user starts with password "neo4j" and must change it; set ours once.
      try {
        dbms.database("system")
            .executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                Map.of("password", password));
      } catch (RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null) root = root.getCause();
        String reason = String.valueOf(root.getMessage());
        // A restart on an existing data directory: the password is already ours.
        if (!reason.contains("Old password and new password cannot be the same")) {
          // Exit rather than linger: Neo4j's own threads would keep a half-started JVM alive.
          System.err.println("ENTENTE_NEO4J_FAILED " + reason);
          dbms.shutdown();
          System.exit(1);
        }
      }
    }

    Runtime.getRuntime()
        .addShutdownHook(new Thread(dbms::shutdown, "entente-neo4j-shutdown"));
    // The pid tells the launcher that this JVM, not another one started at the same time, is the one ready.
    System.out.println(
        "ENTENTE_NEO4J_READY pid=" + ProcessHandle.current().pid() + " bolt://127.0.0.1:" + port);
    System.out.flush();
    Thread.currentThread().join();
  }
}
