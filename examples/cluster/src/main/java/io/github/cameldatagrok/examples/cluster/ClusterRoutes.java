package io.github.cameldatagrok.examples.cluster;

import javax.sql.DataSource;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.zookeeper.cluster.ZooKeeperClusterService;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.processor.idempotent.jdbc.JdbcOrphanLockAwareIdempotentRepository;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.transaction.TransactionDefinition;

/**
 * The node's route: the {@code datagrok:file} consumer on a connector folder, its state in PostgreSQL (files done in a
 * {@code JdbcMessageIdRepository}, files being processed in a {@code JdbcOrphanLockAwareIdempotentRepository} whose
 * claims expire unless their node keeps them alive), each file written to the outbox under a temporary name and
 * renamed once complete.
 */
public class ClusterRoutes extends RouteBuilder {

    @Override
    public void configure() throws Exception {
        String node = setting("cluster.node");
        boolean master = "master".equals(setting("cluster.mode"));

        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(setting("cluster.jdbc-url"));
        bindToRegistry("doneFiles", doneFiles(dataSource));
        bindToRegistry("fileClaims", fileClaims(dataSource));
        bindToRegistry("pollLog", new PollLog(node));
        if (master) {
            // tag::adoc-cluster-zookeeper[]
            ZooKeeperClusterService zookeeper = new ZooKeeperClusterService();
            zookeeper.setId(node);
            zookeeper.setNodes(setting("cluster.zookeeper"));
            zookeeper.setBasePath("/camel/cluster");
            // how long a dead leader's ZooKeeper session (and so its leadership) outlives it
            zookeeper.setSessionTimeout(Long.parseLong(setting("cluster.zookeeper-session-timeout")));
            getContext().addService(zookeeper);
            // end::adoc-cluster-zookeeper[]
        }

        String files = "datagrok:file:{{cluster.folder}}?idempotentRepository=#doneFiles"
                + "&inProgressRepository=#fileClaims&maxMessagesPerPoll={{cluster.max-messages-per-poll}}"
                + "&delay={{cluster.delay}}&initialDelay=0&pollStrategy=#pollLog";
        from(master ? "master:datagrok-files:" + files : files).routeId("files")
                // the work a real route does with the file (slow.txt never ends: the kill test holds it)
                .process(e -> Thread.sleep(e.getMessage().getHeader(Exchange.FILE_NAME, String.class)
                        .equals(setting("cluster.stuck-file")) ? Long.MAX_VALUE : processMillis()))
                // one output per delivery (file~node~exchange), so a second delivery is seen, not overwritten
                .setHeader(Exchange.FILE_NAME, simple("${header.CamelFileName}~" + node + "~${exchangeId}"))
                .to("file:{{cluster.outbox}}?tempPrefix=.inprogress-");
    }

    private long processMillis() {
        return Long.parseLong(setting("cluster.process-millis"));
    }

    private String setting(String name) {
        return getContext().getPropertiesComponent().resolveProperty(name)
                .orElseThrow(() -> new IllegalArgumentException("Set the property " + name));
    }

    // tag::adoc-cluster-repositories[]
    private JdbcMessageIdRepository doneFiles(DataSource dataSource) {
        JdbcMessageIdRepository done = new JdbcMessageIdRepository(dataSource, setting("cluster.name") + "-done");
        done.setCreateTableIfNotExists(false);
        return done;
    }

    private JdbcOrphanLockAwareIdempotentRepository fileClaims(DataSource dataSource) {
        JdbcOrphanLockAwareIdempotentRepository claims = new JdbcOrphanLockAwareIdempotentRepository(
                dataSource, setting("cluster.name") + "-claims", getContext());
        // a claim not refreshed for this long belongs to a dead node; a live one refreshes it this often
        claims.setLockMaxAgeMillis(Long.parseLong(setting("cluster.claim-max-age-millis")));
        claims.setLockKeepAliveIntervalMillis(Long.parseLong(setting("cluster.claim-keep-alive-millis")));
        claims.setCreateTableIfNotExists(false);
        // its add() reads (is there a fresh claim?), then reads again and inserts or takes the stale claim over: at
        // READ COMMITTED a claim another node commits in between is taken as stale and the file is processed twice.
        // REPEATABLE READ makes the second node's insert or update fail instead (the consumer then leaves the file).
        claims.getTransactionTemplate().setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        return claims;
    }
    // end::adoc-cluster-repositories[]
}
